package dev.luminara.ai.perf;

import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.core.World;
import dev.luminara.core.component.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Turns an intent into a predicted frame time with the cost model, and explains it. */
final class ImpactEstimator {
    /** Share of the budget at which a prediction becomes a warning. */
    static final double WARNING_SHARE = 0.8;
    /** A behaviour script's cost when no measured world ran one: a conservative guess. */
    static final double UNMEASURED_SCRIPT_NANOS = 20_000;
    /** The basis of a prediction whose costs were all fitted from measurements. */
    static final String FITTED = "fitted from measurements";

    static final String CALIBRATE =
            "perf_calibrate (MCP) or luminara verify --calibrate measures this game's real costs";

    private final CostModel model;
    private final PerformanceBudget budget;
    private final World world;
    private boolean measured;

    ImpactEstimator(CostModel model, PerformanceBudget budget, World world) {
        this.model = model;
        this.budget = budget;
        this.world = world;
    }

    /**
     * The impact of {@code intent} on a frame that takes {@code currentNanos}; with {@code measured} false nothing
     * measured the current frame, which is then priced at {@link DefaultCosts#ENTITY_NANOS} per entity.
     */
    PerformanceImpact estimate(AiIntent intent, double currentNanos, boolean measured) {
        this.measured = measured;
        if (!measured) currentNanos = world.entityCount() * DefaultCosts.ENTITY_NANOS;
        if (intent instanceof AiIntent.SpawnRelative s) {
            return spawn(s, currentNanos);
        } else if (intent instanceof AiIntent.ModifyMatching m) {
            return impact(
                    currentNanos,
                    0,
                    "nothing added per frame",
                    "changing " + m.component() + " values does not change what runs per frame",
                    List.of());
        } else if (intent instanceof AiIntent.AttachBehavior a) {
            String script = "Script";
            double cost = model.knows(script) ? model.componentNanos().get(script) : UNMEASURED_SCRIPT_NANOS;
            String how = model.knows(script) ? "measured" : "not measured yet; assumed";
            return impact(
                    currentNanos,
                    cost,
                    model.knows(script) ? FITTED : "assumed script cost; " + CALIBRATE,
                    String.format(
                            Locale.ROOT,
                            "a %s script on one entity: %s %.1f µs per frame",
                            a.behavior().name(),
                            how,
                            cost / 1e3),
                    List.of());
        }
        throw new IllegalStateException("unhandled intent " + intent.getClass().getSimpleName());
    }

    private PerformanceImpact spawn(AiIntent.SpawnRelative s, double currentNanos) {
        List<String> components = components(s.template());
        int n = world.entityCount(), k = s.count();
        double perEntity = model.entityNanos(components) * conditions(n, currentNanos);
        double delta = k * perEntity * curvature(n, k);
        String basis = basis(components);
        String message = String.format(
                        Locale.ROOT,
                        "%d × {%s}: %.2f µs each, +%.2f ms per frame",
                        k,
                        String.join(", ", components),
                        perEntity / 1e3,
                        delta / 1e6)
                + (basis.equals(FITTED) ? "" : "; " + basis);
        List<Suggestion> suggestions = new ArrayList<>();
        double room = budget.frameBudgetNanos() * WARNING_SHARE - currentNanos;
        if (currentNanos + delta > budget.frameBudgetNanos() * WARNING_SHARE && perEntity > 0) {
            long fits = Math.max(0, (long) Math.floor(room / perEntity));
            suggestions.add(new Suggestion(
                    "reduce-count",
                    "spawn at most " + fits + " to stay under " + Math.round(WARNING_SHARE * 100) + "% of the "
                            + fmt(budget.targetFps()) + " fps budget"));
            Map<String, Double> costs = model.componentNanos();
            components.stream()
                    .filter(costs::containsKey)
                    .max((a, b) -> Double.compare(costs.get(a), costs.get(b)))
                    .filter(c -> costs.get(c) > 0.25 * perEntity)
                    .ifPresent(c -> suggestions.add(new Suggestion(
                            "drop-component",
                            String.format(
                                    Locale.ROOT,
                                    "%s is %.0f%% of each entity's cost; leave it out where it is not needed (static props need"
                                            + " no Velocity or dynamic RigidBody)",
                                    c,
                                    100 * costs.get(c) / perEntity))));
        }
        return impact(currentNanos, delta, basis, message, suggestions);
    }

    /** Where the per-entity cost of these components comes from: {@link #FITTED}, or which defaults it assumes. */
    private String basis(List<String> components) {
        if (!model.fitted()) {
            StringBuilder b = new StringBuilder(String.format(
                    Locale.ROOT, "uncalibrated default: %.2f µs per entity", DefaultCosts.ENTITY_NANOS / 1e3));
            for (String c : components) {
                if (DefaultCosts.covers(c)) {
                    b.append(String.format(Locale.ROOT, ", %s +%.2f µs", c, DefaultCosts.component(c) / 1e3));
                }
            }
            return b.append(" (docs/benchmarks.md); ").append(CALIBRATE).toString();
        }
        List<String> unknown = new ArrayList<>();
        for (String c : components) {
            if (model.knows(c)) continue;
            unknown.add(
                    DefaultCosts.covers(c)
                            ? String.format(
                                    Locale.ROOT,
                                    "%s (uncalibrated default %.2f µs)",
                                    c,
                                    DefaultCosts.component(c) / 1e3)
                            : c + " (average fitted cost assumed)");
        }
        if (unknown.isEmpty()) return FITTED;
        return "not measured: " + String.join(", ", unknown) + "; " + CALIBRATE;
    }

    /**
     * Calibration runs in scratch apps, whose caches are colder and whose machine may have been busier or quieter:
     * their costs are scaled by how the measured current frame compares with what the model says for this world.
     */
    private double conditions(int n, double currentNanos) {
        PiecewiseLinear curve = model.curve();
        double modelled = curve.isEmpty() ? 0 : curve.value(n);
        if (!model.fitted() || currentNanos <= 0 || modelled <= 0) return 1;
        return Math.max(0.25, Math.min(4, currentNanos / modelled));
    }

    /**
     * How the entity-count curve bends between now and after the spawn, relative to its mean slope over the span the
     * per-component costs were fitted on (calibration measures the world up to twice its size). A chord to a middle
     * point would let one noisy measurement there swing the factor (a quiet CI run saw 1.8 from that alone).
     */
    private double curvature(int n, int k) {
        PiecewiseLinear curve = model.curve();
        if (curve.points() < 3) return 1;
        double measured = curve.slope(n, n + Math.max(1, n));
        double ahead = curve.slope(n, n + k);
        if (measured <= 0 || ahead <= 0) return 1;
        return Math.max(0.5, Math.min(2, ahead / measured));
    }

    private PerformanceImpact impact(
            double currentNanos, double delta, String basis, String message, List<Suggestion> suggestions) {
        double predicted = currentNanos + delta;
        double share = predicted / budget.frameBudgetNanos();
        Severity severity = share > 1 ? Severity.CRITICAL : share > WARNING_SHARE ? Severity.WARNING : Severity.OK;
        Double fps = predicted <= 0 ? null : 1e9 / predicted;
        String text = message
                + (measured
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; current frame not measured: %d entities × %.2f µs assumed",
                                world.entityCount(),
                                DefaultCosts.ENTITY_NANOS / 1e3))
                + String.format(
                        Locale.ROOT,
                        "; predicted %.2f ms/frame (%s, %.0f%% of budget)",
                        predicted / 1e6,
                        fps == null ? "frame rate unknown" : String.format(Locale.ROOT, "%.0f fps", fps),
                        share * 100);
        return new PerformanceImpact(severity, predicted / 1e6, fps, measured, delta / 1e6, basis, text, suggestions);
    }

    /** The component names a spawned entity would have. */
    private static List<String> components(EntityTemplate t) {
        TreeSet<String> names = new TreeSet<>(t.components().keySet());
        if (t.name() != null) names.add("Name");
        if (!t.tags().isEmpty()) names.add(dev.luminara.core.schema.Schemas.nameOf(Tags.class));
        names.add("Transform"); // SpawnRelative always places the entity
        names.add("GlobalTransform"); // and transform propagation derives this from it
        return new ArrayList<>(names);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
