package dev.luminara.ai.perf;

import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.scene.Scenes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Measures what entities cost by running scratch apps (never the game's own, whose systems keep state): the world as
 * it is, the world with more entities of each common kind (clones placed within that kind's extent), and the whole
 * world scaled up.
 */
final class Calibration {
    static final long JIT_WARMUP_NANOS = 1_000_000_000L;
    static final int ROUNDS = 6;
    static final int MIN_EXTRA = 200;
    /** Kinds with fewer entities than this share of the world are not worth a measurement of their own. */
    static final double MIN_KIND_SHARE = 0.05;

    static final double[] SCALES = {1.5, 2};
    /** The JIT is warm for the whole process once one calibration has run its warm-up; later ones skip it. */
    private static volatile boolean jitWarm;

    private final Supplier<App> apps;
    private final int warmup;
    private final int frames;
    private final int kinds;

    Calibration(Supplier<App> apps, int warmup, int frames, int kinds) {
        this.apps = apps;
        this.warmup = warmup;
        this.frames = frames;
        this.kinds = kinds;
    }

    /**
     * Builds every configuration first, warms them all up, then measures them in interleaved rounds (each round
     * steps every app a few frames), so that drift on a busy machine (another build, a frequency change) touches all
     * configurations alike. In the process's first calibration the first app also warms the JIT for at least {@link
     * #JIT_WARMUP_NANOS}.
     */
    List<Measurement> run(World source) {
        Map<List<String>, List<Entity>> archetypes = archetypes(source);
        int n = source.entityCount();
        int extra = Math.max(MIN_EXTRA, n);
        List<App> apps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        apps.add(build(source, List.of(), 0));
        labels.add("base");
        int kind = 0;
        for (Map.Entry<List<String>, List<Entity>> members : archetypes.entrySet()) {
            if (kind++ >= kinds || members.getValue().size() < n * MIN_KIND_SHARE) break;
            apps.add(build(source, members.getValue(), extra));
            labels.add("kind:" + String.join("+", members.getKey()));
        }
        List<Entity> all = new ArrayList<>();
        archetypes.values().forEach(all::addAll);
        if (!all.isEmpty()) {
            for (double scale : SCALES) {
                apps.add(build(source, all, (int) Math.max(MIN_EXTRA, n * (scale - 1))));
                labels.add("scale:" + scale);
            }
        }
        if (!jitWarm) {
            long until = System.nanoTime() + JIT_WARMUP_NANOS;
            while (System.nanoTime() < until) apps.get(0).step();
            jitWarm = true;
        }
        for (App app : apps) for (int i = 0; i < warmup; i++) app.step();
        int perRound = Math.max(1, frames / ROUNDS);
        double[][] costs = new double[apps.size()][perRound * ROUNDS];
        List<Map<String, Long>> before = new ArrayList<>();
        for (App app : apps) before.add(FrameSampler.totals(app));
        for (int round = 0; round < ROUNDS; round++) {
            for (int a = 0; a < apps.size(); a++)
                FrameSampler.sample(apps.get(a), costs[a], round * perRound, perRound);
        }
        List<Measurement> out = new ArrayList<>();
        for (int a = 0; a < apps.size(); a++) {
            out.add(FrameSampler.measurement(labels.get(a), apps.get(a), costs[a], before.get(a)));
        }
        return out;
    }

    /** Clonable entities by component set (hierarchy members are left out), most common first. */
    private static Map<List<String>, List<Entity>> archetypes(World world) {
        Map<List<String>, List<Entity>> byKind = new LinkedHashMap<>();
        for (Entity e : world.entities()) {
            List<Record> comps = world.components(e);
            if (comps.stream().anyMatch(c -> c instanceof Parent || c instanceof Children)) continue;
            List<String> names = comps.stream()
                    .map(c -> dev.luminara.core.schema.Schemas.nameOf(c.getClass()))
                    .sorted()
                    .toList();
            byKind.computeIfAbsent(names, k -> new ArrayList<>()).add(e);
        }
        List<Map.Entry<List<String>, List<Entity>>> entries = new ArrayList<>(byKind.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        Map<List<String>, List<Entity>> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A scratch app holding a copy of the world plus {@code extra} clones of random {@code models}. */
    private App build(World source, List<Entity> models, int extra) {
        App app = apps.get();
        World w = app.world();
        Scenes.instantiate(Scenes.capture(source, "calibration"), w);
        if (extra > 0) {
            SplittableRandom random = new SplittableRandom(extra * 31L + models.size());
            Vec3[] extent = extent(source, models);
            for (int i = 0; i < extra; i++) {
                Entity model = models.get(random.nextInt(models.size()));
                List<Record> copy = new ArrayList<>();
                for (Record r : source.components(model)) {
                    if (r instanceof GlobalTransform) continue;
                    if (r instanceof Transform t) r = t.withPosition(jitter(extent, random));
                    copy.add(r);
                }
                w.spawn(copy.toArray(new Record[0]));
            }
        }
        return app;
    }

    private static Vec3[] extent(World world, List<Entity> models) {
        Vec3 min = new Vec3(Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE), max = min.negate();
        for (Entity e : models) {
            Vec3 p = Positions.of(world, e).orElse(Vec3.ZERO);
            min = min.min(p);
            max = max.max(p);
        }
        return new Vec3[] {min, max};
    }

    private static Vec3 jitter(Vec3[] extent, SplittableRandom random) {
        Vec3 min = extent[0], max = extent[1];
        return new Vec3(
                (float) (min.x() + random.nextDouble() * (max.x() - min.x())),
                (float) (min.y() + random.nextDouble() * (max.y() - min.y())),
                (float) (min.z() + random.nextDouble() * (max.z() - min.z())));
    }
}
