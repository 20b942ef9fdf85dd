package dev.luminara.ai.perf;

import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Predicts what an intent does to the frame rate before it runs. The {@link CostModel} is fitted from measurements:
 * {@link #calibrate} runs scratch apps with more entities of each kind the world has; {@link #updateModel} takes any
 * other measurements (a live game's). An impact is the current frame time plus the fitted per-entity cost of what the
 * intent adds, corrected by the curvature of the entity-count curve; its severity compares it with the budget.
 */
public final class PerformanceAdvisor {
    private final PerformanceBudget budget;
    private final List<Measurement> measurements = new ArrayList<>();
    private final LiveWindow live = new LiveWindow();
    private CostModel model = CostModel.empty();
    private Measurement latest;

    public PerformanceAdvisor(PerformanceBudget budget) {
        this.budget = budget;
    }

    public PerformanceBudget budget() {
        return budget;
    }

    public synchronized CostModel model() {
        return model;
    }

    /** Adds measurements and refits the model from all of them. */
    public synchronized void updateModel(Collection<Measurement> more) {
        measurements.addAll(more);
        if (!measurements.isEmpty()) {
            model = CostModel.fit(measurements);
            latest = measurements.get(measurements.size() - 1);
        }
    }

    /**
     * Measures scratch apps made by {@code apps} (same plugins as the game, empty worlds) holding copies of {@code
     * world} and more entities of its most common kinds, and fits the model. Each measurement is the median of {@code
     * frames} frames after {@code warmup}. Until a measurement of the game itself comes, predictions start from the
     * copy of the world as it is (the first measurement), not from the largest copy measured last.
     */
    public List<Measurement> calibrate(Supplier<App> apps, World world, int warmup, int frames) {
        List<Measurement> ms = new Calibration(apps, warmup, frames, 3).run(world);
        synchronized (this) {
            updateModel(ms);
            latest = ms.get(0);
        }
        return ms;
    }

    /**
     * Measures the game's own app by stepping it ({@code warmup} frames, then the median of {@code frames}); the result
     * is the current frame time predictions start from. Use it while the game may advance (edit mode, a paused
     * step-through); a running game is better {@link #observe}d.
     */
    public Measurement measure(App app, int warmup, int frames) {
        Measurement m = FrameSampler.measure(app, warmup, frames);
        updateModel(List.of(m));
        return m;
    }

    /**
     * Keeps the median of a running app's recent frame times (wall clock) as the current frame time, and its
     * schedule's system times for {@link #generateContext}.
     */
    public void observe(App app) {
        app.addFrameListener((a, nanos) -> {
            synchronized (this) {
                live.record(a, nanos);
            }
        });
    }

    /**
     * Forgets the frames observed so far: call it when they no longer describe the game (a change was rolled back, a
     * level was unloaded), so that predictions do not start from them. Until enough new frames come, predictions start
     * from the last measurement, as before observing.
     */
    public synchronized void resetLive() {
        live.reset();
    }

    /** The frame time to predict from: the live median if observing, else the last measurement, else the model. */
    synchronized double currentNanos(World world) {
        if (live.hasMedian()) return live.median();
        if (latest != null) return latest.frameNanos();
        return model.curve().isEmpty() ? 0 : model.curve().value(world.entityCount());
    }

    /** Whether anything measured or observed the current frame ({@link #currentNanos} is not a guess). */
    private boolean measured() {
        return live.hasMedian() || latest != null || !model.curve().isEmpty();
    }

    /**
     * The impact of {@code intent} on {@code world}, priced without checking that its references resolve: callers that
     * could apply it use {@link #estimateImpact(AiIntent, World, IntentResolver)}.
     */
    public synchronized PerformanceImpact estimateImpact(AiIntent intent, World world) {
        return new ImpactEstimator(model, budget, world).estimate(intent, currentNanos(world), measured());
    }

    /**
     * Resolves {@code intent} with the resolver that would apply it first, so that an estimate refuses what applying
     * refuses, with the same exception ({@code UnresolvedReferenceException} for a reference that names no entity or
     * several, {@code IntentException} for a bad count, …); then prices it.
     */
    public PerformanceImpact estimateImpact(AiIntent intent, World world, IntentResolver resolver) {
        resolver.resolve(intent);
        return estimateImpact(intent, world);
    }

    /**
     * What a digest says about performance now: the current frame time and the three systems that take longest, from
     * the observed frames when there are enough of them (the schedule's times over the same window), else from the
     * last measurement.
     */
    public synchronized PerformanceContext generateContext(World world) {
        double now = currentNanos(world);
        if (now <= 0 && latest == null) return PerformanceContext.unmeasured(budget.targetFps(), world.entityCount());
        List<String> heavy = new ArrayList<>();
        Map<String, Double> systems =
                live.hasMedian() ? live.systemNanos() : latest != null ? latest.systemNanos() : Map.of();
        systems.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3)
                .forEach(e -> heavy.add(e.getKey() + " " + String.format(Locale.ROOT, "%.2f ms", e.getValue() / 1e6)));
        double share = now / budget.frameBudgetNanos();
        String note = String.format(
                Locale.ROOT, "%.0f%% of the %.1f ms frame budget", share * 100, budget.frameBudgetNanos() / 1e6);
        return new PerformanceContext(true, budget.targetFps(), now / 1e6, world.entityCount(), heavy, note);
    }
}
