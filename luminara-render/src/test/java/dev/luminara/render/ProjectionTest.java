package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import org.junit.jupiter.api.Test;

/** Perspective makes far things smaller; orthographic keeps sizes; both agree with JOML's projection matrices. */
class ProjectionTest {
    static final int W = 320, H = 240;
    static final Vec3 NEAR_AT = new Vec3(-1.5f, 0.5f, 1);
    static final Vec3 FAR_AT = new Vec3(1.5f, 0.5f, -5);

    record Shot(ScreenBox near, ScreenBox far, Capture capture) {}

    Shot shoot(Projection projection) {
        World world = new World();
        TestScenes.camera(world, projection);
        TestScenes.sun(world, 1);
        Entity near = TestScenes.box(world, "near", NEAR_AT, Color.RED);
        Entity far = TestScenes.box(world, "far", FAR_AT, Color.BLUE);
        Capture c = Viewport.of(CaptureConfig.defaults().withSize(W, H)).capture(world);
        return new Shot(
                c.description().entity(near).orElseThrow().box(),
                c.description().entity(far).orElseThrow().box(),
                c);
    }

    @Test
    void perspectiveShrinksTheFartherCube() {
        Shot s = shoot(Projection.PERSPECTIVE);
        assertThat(s.near().height()).isGreaterThan((int) (s.far().height() * 1.3));
        assertThat(s.near().width()).isGreaterThan((int) (s.far().width() * 1.3));
        assertThat(s.capture().description().camera().projection()).isEqualTo(Projection.PERSPECTIVE);
    }

    @Test
    void orthographicKeepsEqualCubesEqual() {
        Shot s = shoot(Projection.ORTHOGRAPHIC);
        assertThat(s.near().height()).isCloseTo(s.far().height(), within(1));
        assertThat(s.near().width()).isCloseTo(s.far().width(), within(1));
        assertThat(s.capture().description().camera().orthoSize()).isEqualTo(5f);
    }

    @Test
    void bothProjectionsMatchJomlMatrices() {
        for (Projection p : Projection.values()) {
            Shot s = shoot(p);
            int[] n = TestScenes.projectedCube(NEAR_AT, p, W, H);
            int[] f = TestScenes.projectedCube(FAR_AT, p, W, H);
            assertThat(new int[] {
                        s.near().x(), s.near().y(), s.near().maxX(), s.near().maxY()
                    })
                    .as(p + " near cube")
                    .satisfies(b -> assertClose(b, n));
            assertThat(new int[] {
                        s.far().x(), s.far().y(), s.far().maxX(), s.far().maxY()
                    })
                    .as(p + " far cube")
                    .satisfies(b -> assertClose(b, f));
        }
    }

    private static void assertClose(int[] actual, int[] expected) {
        for (int i = 0; i < 4; i++) assertThat(actual[i]).isCloseTo(expected[i], within(2));
    }

    @Test
    void anInactiveCameraIsIgnoredAndTheViewIsFramedAutomatically() {
        World world = new World();
        Entity cam = TestScenes.camera(world, Projection.PERSPECTIVE);
        world.set(cam, new Camera(Projection.PERSPECTIVE, 50, 5, 0.1f, 100, false));
        TestScenes.box(world, "only", new Vec3(0, 0.5f, 0), Color.GREEN);
        Capture c = Viewport.of(CaptureConfig.defaults().withSize(W, H)).capture(world);
        assertThat(c.description().camera().entity()).isNull();
        assertThat(c.description().notes()).anyMatch(n -> n.contains("no active Camera"));
        ScreenBox box = c.description().entities().get(0).box();
        // framed: the cube is near the middle and fully in the image
        assertThat(box.centerX()).isCloseTo(W / 2, within(W / 8));
        assertThat(box.centerY()).isCloseTo(H / 2, within(H / 6));
    }

    @Test
    void framedViewsFitTheSceneButNotAHugeGroundPlane() {
        World world = new World();
        TestScenes.sun(world, 1);
        Entity cube = TestScenes.box(world, "cube", new Vec3(0, 0.5f, 0), Color.RED);
        Transform ground = Transform.at(0, 0, 0);
        world.spawn(
                ground, GlobalTransform.of(ground), new MeshShape(MeshKind.PLANE, new Vec3(1000, 0, 1000), Color.GREY));
        for (ViewAngle angle : new ViewAngle[] {ViewAngle.TOP, ViewAngle.FRONT, ViewAngle.ISOMETRIC}) {
            Capture c = Viewport.of(CaptureConfig.defaults().withSize(W, H)).capture(world, angle);
            ScreenBox box = c.description().entity(cube).orElseThrow().box();
            assertThat(box.height()).as(angle + " fills most of the height").isGreaterThan(H / 2);
            assertThat(box.centerX()).as(angle.name()).isCloseTo(W / 2, within(W / 10));
        }
    }
}
