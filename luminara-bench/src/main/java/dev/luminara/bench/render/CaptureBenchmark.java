package dev.luminara.bench.render;

import dev.luminara.core.World;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.Capture;
import dev.luminara.render.CaptureConfig;
import dev.luminara.render.Viewport;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 1280x720 capture of a 1,000-entity scene (boxes, spheres and capsules on a floor, a sun and eight point lights),
 * annotated with names, boxes and lights, against the baseline of filling the same 1280x720 image with one colour.
 * Ratio = capture / baseline (average time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CaptureBenchmark {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int ENTITIES = 1000;

    World world;
    Viewport annotated;
    Viewport plain;
    int[] pixels;

    @Setup
    public void setUp() {
        world = scene(ENTITIES, 42);
        CaptureConfig config = CaptureConfig.defaults().withSize(WIDTH, HEIGHT);
        annotated = Viewport.of(config.withAnnotations(AnnotationConfig.ALL));
        plain = Viewport.of(config);
        pixels = new int[WIDTH * HEIGHT];
    }

    /** Baseline: the cheapest way to produce the same image, one colour written to every pixel. */
    @Benchmark
    public int[] baselineFill() {
        Arrays.fill(pixels, 0x336699);
        return pixels;
    }

    @Benchmark
    public Capture annotatedCapture() {
        return annotated.capture(world);
    }

    @Benchmark
    public Capture plainCapture() {
        return plain.capture(world);
    }

    @Benchmark
    public byte[] annotatedCaptureAsPng() {
        return annotated.capture(world).encoded();
    }

    /** {@code count} named shapes scattered over a 100 m floor, a sun, eight point lights and a camera. */
    static World scene(int count, long seed) {
        World w = new World();
        SplittableRandom rnd = new SplittableRandom(seed);
        spawn(w, "floor", Transform.at(0, -0.5f, 0), MeshShape.box(110, 1, 110, new Color(0.35f, 0.4f, 0.35f, 1)));
        Color[] colors = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.ORANGE, Color.PURPLE, Color.BROWN};
        MeshKind[] kinds = {MeshKind.BOX, MeshKind.SPHERE, MeshKind.CAPSULE};
        for (int i = 1; i < count; i++) {
            MeshKind kind = kinds[i % kinds.length];
            float size = 0.5f + (float) rnd.nextDouble() * 1.5f;
            Vec3 s = kind == MeshKind.CAPSULE ? new Vec3(size * 0.5f, size * 1.4f, size * 0.5f) : Vec3.ONE.mul(size);
            float x = (float) rnd.nextDouble(-50, 50), z = (float) rnd.nextDouble(-50, 50);
            Quat yaw = Quat.axisAngleDegrees(Vec3.UP, (float) rnd.nextDouble(0, 360));
            Transform t = new Transform(new Vec3(x, s.y() * 0.5f, z), yaw, Vec3.ONE);
            spawn(
                    w,
                    String.format(Locale.ROOT, "%s_%04d", kind.name().toLowerCase(Locale.ROOT), i),
                    t,
                    new MeshShape(kind, s, colors[i % colors.length]));
        }
        Transform sun = new Transform(new Vec3(0, 40, 0), Quat.eulerDegrees(-50, 35, 0), Vec3.ONE);
        w.spawn(Name.of("sun"), sun, GlobalTransform.of(sun), Light.directional(Color.WHITE, 1.1f));
        for (int i = 0; i < 8; i++) {
            Transform t = Transform.at((float) rnd.nextDouble(-40, 40), 3, (float) rnd.nextDouble(-40, 40));
            w.spawn(Name.of("lamp_" + i), t, GlobalTransform.of(t), Light.point(Color.WHITE, 1.5f, 15));
        }
        Transform cam = new Transform(new Vec3(0, 45, 70), Quat.eulerDegrees(-35, 0, 0), Vec3.ONE);
        w.spawn(Name.of("camera"), cam, GlobalTransform.of(cam), Camera.perspective(60));
        return w;
    }

    private static void spawn(World w, String name, Transform t, MeshShape shape) {
        w.spawn(Name.of(name), t, GlobalTransform.of(t), shape);
    }
}
