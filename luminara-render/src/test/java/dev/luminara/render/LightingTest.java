package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import org.junit.jupiter.api.Test;

/** Lights change shading: a point light brightens what it reaches, a directional light lights the side it faces. */
class LightingTest {
    static final int W = 320, H = 240;

    World world;
    Entity ball;

    void scene() {
        world = new World();
        TestScenes.camera(world, Projection.PERSPECTIVE);
        Transform t = Transform.at(0, 1, 0);
        ball = world.spawn(Name.of("ball"), t, GlobalTransform.of(t), MeshShape.sphere(2, Color.GREY));
    }

    Capture capture() {
        return Viewport.of(CaptureConfig.defaults().withSize(W, H).withGrid(false))
                .capture(world);
    }

    Entity light(Light light, Vec3 at, Quat rotation) {
        Transform t = new Transform(at, rotation, Vec3.ONE);
        return world.spawn(t, GlobalTransform.of(t), light);
    }

    double ballLuminance(Capture c) {
        return TestScenes.meanLuminance(
                c.image(), c.description().entity(ball).orElseThrow().visibleBox());
    }

    double half(Capture c, boolean left) {
        ScreenBox b = c.description().entity(ball).orElseThrow().visibleBox();
        int w = b.width() / 4;
        ScreenBox side = new ScreenBox(left ? b.x() + w / 2 : b.maxX() - w - w / 2, b.centerY() - w / 2, w, w);
        return TestScenes.meanLuminance(c.image(), side);
    }

    @Test
    void aPointLightBrightensTheSurfaceItReaches() {
        scene();
        light(Light.directional(Color.WHITE, 0.3f), new Vec3(0, 10, 0), Quat.eulerDegrees(-90, 0, 0));
        double dim = ballLuminance(capture());
        light(Light.point(Color.WHITE, 2, 8), new Vec3(0, 2, 3), Quat.IDENTITY);
        double lit = ballLuminance(capture());
        assertThat(lit).isGreaterThan(dim + 25);
    }

    @Test
    void aPointLightOutOfRangeChangesNothing() {
        scene();
        light(Light.directional(Color.WHITE, 0.8f), new Vec3(0, 10, 0), Quat.eulerDegrees(-60, 0, 0));
        Capture before = capture();
        light(Light.point(Color.WHITE, 5, 3), new Vec3(0, 1, 30), Quat.IDENTITY);
        assertThat(capture().image()).isEqualTo(before.image());
    }

    @Test
    void aDirectionalLightLightsTheSideItShinesOn() {
        scene();
        Entity sun = light(
                Light.directional(Color.WHITE, 1.2f), new Vec3(0, 5, 0), TestScenes.lookRotation(new Vec3(-1, 0, 0)));
        Capture fromRight = capture();
        assertThat(half(fromRight, false)).isGreaterThan(half(fromRight, true) + 40);
        world.set(sun, new Transform(new Vec3(0, 5, 0), TestScenes.lookRotation(new Vec3(1, 0, 0)), Vec3.ONE));
        world.set(sun, GlobalTransform.of(world.get(sun, Transform.class)));
        Capture fromLeft = capture();
        assertThat(half(fromLeft, true)).isGreaterThan(half(fromLeft, false) + 40);
    }

    @Test
    void aSpotLightLightsOnlyInsideItsCone() {
        scene();
        light(Light.directional(Color.WHITE, 0.2f), new Vec3(0, 10, 0), Quat.eulerDegrees(-90, 0, 0));
        double base = ballLuminance(capture());
        Entity spot = light(
                new Light(LightKind.SPOT, Color.WHITE, 3, 12),
                new Vec3(0, 1, 5),
                TestScenes.lookRotation(new Vec3(0, 0, -1)));
        double aimed = ballLuminance(capture());
        world.set(
                spot,
                GlobalTransform.of(
                        new Transform(new Vec3(0, 1, 5), TestScenes.lookRotation(new Vec3(0, 0, 1)), Vec3.ONE)));
        double away = ballLuminance(capture());
        assertThat(aimed).isGreaterThan(base + 20);
        assertThat(away).isCloseTo(base, offset(1.0));
    }

    @Test
    void aSceneWithoutLightsGetsADefaultLightAndSaysSo() {
        scene();
        Capture c = capture();
        assertThat(c.description().notes()).anyMatch(n -> n.contains("no Light"));
        assertThat(c.description().lights()).isEmpty();
        assertThat(ballLuminance(c)).isGreaterThan(60);
    }

    @Test
    void theColourOfTheLightTintsTheSurface() {
        scene();
        light(
                Light.directional(new Color(1, 0.1f, 0.1f, 1), 1.5f),
                new Vec3(0, 5, 0),
                TestScenes.lookRotation(new Vec3(0, -0.5f, -1)));
        Capture c = capture();
        ScreenBox b = c.description().entity(ball).orElseThrow().visibleBox();
        int p = c.image().rgb(b.centerX(), b.centerY());
        assertThat((p >> 16) & 255).isGreaterThan(((p >> 8) & 255) + 40);
    }
}
