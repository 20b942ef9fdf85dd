package dev.luminara.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import org.junit.jupiter.api.Test;

class RasterizerTest {
    static final RenderCamera LOOK_NORTH = new RenderCamera(
            null, "test", Projection.PERSPECTIVE, new Vec3(0, 1, 0), Vec3.FORWARD, Vec3.UP, 60, 5, 0.1f, 100);

    static GBuffer draw(World world, RenderCamera cam, int w, int h) {
        SceneData scene = SceneExtractor.extract(world);
        Projector p = new Projector(cam, w, h);
        GBuffer g = new GBuffer(w, h, false);
        Rasterizer r = new Rasterizer(p, g, scene.items().size());
        for (RenderItem item : scene.items())
            r.draw(item, item.mesh(2), item.color().a());
        return g;
    }

    static void spawn(World world, Transform t, MeshShape shape) {
        world.spawn(t, GlobalTransform.of(t), shape);
    }

    @Test
    void aBoxSeenFromInsideIsCulledEntirely() {
        World world = new World();
        spawn(world, Transform.at(0, 1, 0), MeshShape.box(4, 4, 4, Color.RED));
        GBuffer g = draw(world, LOOK_NORTH, 64, 48);
        for (int y = 0; y < 48; y++)
            for (int x = 0; x < 64; x++) assertThat(g.id(x, y)).isEqualTo(-1);
    }

    @Test
    void aFloorPassingBehindTheCameraIsClippedAtTheNearPlaneAndFillsTheLowerHalf() {
        World world = new World();
        spawn(world, Transform.at(0, 0, 0), new MeshShape(MeshKind.PLANE, new Vec3(200, 0, 200), Color.GREY));
        GBuffer g = draw(world, LOOK_NORTH, 64, 48);
        for (int x = 0; x < 64; x++) {
            assertThat(g.id(x, 47)).as("bottom row, x=%d", x).isEqualTo(0);
            assertThat(g.id(x, 30)).isEqualTo(0);
            assertThat(g.id(x, 10)).as("sky above the horizon").isEqualTo(-1);
        }
    }

    @Test
    void theNearerOfTwoOverlappingBoxesWinsWhateverTheDrawingOrder() {
        for (boolean nearFirst : new boolean[] {true, false}) {
            World world = new World();
            Transform near = Transform.at(0, 1, -4), far = Transform.at(0, 1, -8);
            if (nearFirst) {
                spawn(world, near, MeshShape.box(1, 1, 1, Color.RED));
                spawn(world, far, MeshShape.box(6, 3, 1, Color.BLUE));
            } else {
                spawn(world, far, MeshShape.box(6, 3, 1, Color.BLUE));
                spawn(world, near, MeshShape.box(1, 1, 1, Color.RED));
            }
            GBuffer g = draw(world, LOOK_NORTH, 64, 48);
            int nearIndex = nearFirst ? 0 : 1;
            assertThat(g.id(32, 24)).isEqualTo(nearIndex);
            assertThat(g.id(32 - 12, 24)).isEqualTo(1 - nearIndex);
        }
    }

    @Test
    void aMirroredBoxIsStillDrawnFromOutside() {
        World world = new World();
        spawn(
                world,
                new Transform(new Vec3(0, 1, -5), Quat.IDENTITY, new Vec3(-1, 1, 1)),
                MeshShape.box(1, 1, 1, Color.RED));
        GBuffer g = draw(world, LOOK_NORTH, 64, 48);
        assertThat(g.id(32, 24)).isEqualTo(0);
        // the visible face is the one looking at the camera (+Z)
        assertThat(g.nz[24 * 64 + 32]).isGreaterThan(0.9f);
    }

    @Test
    void seeThroughMeshesAreDitheredByTheirAlpha() {
        World world = new World();
        spawn(world, Transform.at(0, 1, -3), MeshShape.box(4, 4, 1, new Color(1, 0, 0, 0.5f)));
        GBuffer g = draw(world, LOOK_NORTH, 64, 48);
        int covered = 0;
        for (int y = 16; y < 32; y++) for (int x = 24; x < 40; x++) if (g.id(x, y) == 0) covered++;
        assertThat(covered).isEqualTo(16 * 16 / 2);
    }
}
