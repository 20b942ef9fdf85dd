package dev.luminara.render;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.testing.Samples;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.joml.Vector4f;

/** Small worlds for the renderer's tests, and an independent projection to check screen positions against. */
final class TestScenes {
    static final Vec3 EYE = new Vec3(0, 4, 10);
    static final Vec3 TARGET = new Vec3(0, 0.5f, 0);

    private TestScenes() {}

    /** The arena sample, loaded and stepped once (transform propagation only, so nothing moves by itself). */
    static App arena() {
        App app = App.builder().plugin(new TransformPlugin()).build();
        Scenes.load(Samples.arenaScene(), app.world());
        app.step();
        return app;
    }

    /** A camera at {@link #EYE} looking at {@link #TARGET}. */
    static Entity camera(World world, Projection projection) {
        Quat look = lookRotation(TARGET.sub(EYE));
        return world.spawn(
                Name.of("camera"),
                new Transform(EYE, look, Vec3.ONE),
                new GlobalTransform(EYE, look, Vec3.ONE),
                new Camera(projection, 50, 5, 0.1f, 100, true));
    }

    static Entity sun(World world, float intensity) {
        Quat down = Quat.eulerDegrees(-55, 30, 0);
        Transform t = new Transform(new Vec3(0, 10, 0), down, Vec3.ONE);
        return world.spawn(Name.of("sun"), t, GlobalTransform.of(t), Light.directional(Color.WHITE, intensity));
    }

    static Entity box(World world, String name, Vec3 at, Color color) {
        Transform t = Transform.at(at);
        return world.spawn(Name.of(name), t, GlobalTransform.of(t), MeshShape.box(1, 1, 1, color));
    }

    /** Rotation whose -Z axis points along {@code direction} with Y up. */
    static Quat lookRotation(Vec3 direction) {
        var q = new org.joml.Quaternionf()
                .lookAlong(direction.toJoml(), new Vector3f(0, 1, 0))
                .conjugate();
        return Quat.from(q);
    }

    /** World point to pixel with JOML's own matrices: an oracle independent of the renderer's projector. */
    static float[] project(Vec3 p, Projection projection, int width, int height) {
        float aspect = width / (float) height;
        Matrix4f m = projection == Projection.PERSPECTIVE
                ? new Matrix4f().perspective((float) Math.toRadians(50), aspect, 0.1f, 100)
                : new Matrix4f().ortho(-5 * aspect, 5 * aspect, -5, 5, 0.1f, 100);
        m.lookAt(EYE.toJoml(), TARGET.toJoml(), new Vector3f(0, 1, 0));
        Vector4f v = m.transform(new Vector4f(p.x(), p.y(), p.z(), 1));
        float x = v.x / v.w, y = v.y / v.w;
        return new float[] {(x + 1) * 0.5f * width, (1 - y) * 0.5f * height};
    }

    /** The pixel box of a unit cube centred at {@code c}, by projecting its corners with {@link #project}. */
    static int[] projectedCube(Vec3 c, Projection projection, int width, int height) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            Vec3 p = c.add(new Vec3((i & 1) - 0.5f, ((i >> 1) & 1) - 0.5f, ((i >> 2) & 1) - 0.5f));
            float[] s = project(p, projection, width, height);
            minX = Math.min(minX, s[0]);
            minY = Math.min(minY, s[1]);
            maxX = Math.max(maxX, s[0]);
            maxY = Math.max(maxY, s[1]);
        }
        return new int[] {Math.round(minX), Math.round(minY), Math.round(maxX), Math.round(maxY)};
    }

    static int luminance(int rgb) {
        return (((rgb >> 16) & 255) * 77 + ((rgb >> 8) & 255) * 150 + (rgb & 255) * 29) >> 8;
    }

    /** Mean luminance of the pixels inside a box. */
    static double meanLuminance(Image img, ScreenBox b) {
        long sum = 0;
        for (int y = b.y(); y <= b.maxY(); y++) {
            for (int x = b.x(); x <= b.maxX(); x++) sum += luminance(img.rgb(x, y));
        }
        return sum / (double) b.area();
    }
}
