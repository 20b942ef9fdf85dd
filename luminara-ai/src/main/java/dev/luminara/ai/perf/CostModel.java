package dev.luminara.ai.perf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fitted cost of a world: an entity-count → frame-time curve ({@link PiecewiseLinear}) and, per component, the
 * CPU time one more entity with it adds to a frame. Per-component costs come from a non-negative least-squares fit of
 * frame time against component counts over the measurements; only components whose counts varied between
 * measurements can be told apart, the others are "unmeasured".
 */
public final class CostModel {
    private static final int SWEEPS = 500;

    private final PiecewiseLinear curve;
    private final Map<String, Double> nanosPerEntity;
    private final double baseNanos;
    private final int measurements;

    private CostModel(PiecewiseLinear curve, Map<String, Double> nanosPerEntity, double baseNanos, int measurements) {
        this.curve = curve;
        this.nanosPerEntity = nanosPerEntity;
        this.baseNanos = baseNanos;
        this.measurements = measurements;
    }

    public static CostModel empty() {
        return new CostModel(PiecewiseLinear.fit(List.of()), Map.of(), 0, 0);
    }

    public static CostModel fit(List<Measurement> ms) {
        List<double[]> points = new ArrayList<>();
        for (Measurement m : ms) if (m.isMix()) points.add(new double[] {m.entityCount(), m.frameNanos()});
        PiecewiseLinear curve = PiecewiseLinear.fit(points);
        Set<String> names = new TreeSet<>();
        ms.forEach(m -> names.addAll(m.componentCounts().keySet()));
        List<String> varying = new ArrayList<>();
        for (String c : names) {
            int first = ms.get(0).componentCounts().getOrDefault(c, 0);
            if (ms.stream().anyMatch(m -> m.componentCounts().getOrDefault(c, 0) != first)) varying.add(c);
        }
        Map<String, Double> costs = new TreeMap<>();
        double base = ms.stream().mapToDouble(Measurement::frameNanos).average().orElse(0);
        if (!varying.isEmpty() && ms.size() > 1) {
            double[] x = nnls(ms, varying);
            for (int c = 0; c < varying.size(); c++) costs.put(varying.get(c), x[c]);
            for (int c = 0; c < varying.size(); c++) {
                final int ci = c;
                base -= x[c]
                        * ms.stream()
                                .mapToDouble(m -> m.componentCounts().getOrDefault(varying.get(ci), 0))
                                .average()
                                .orElse(0);
            }
        }
        return new CostModel(curve, costs, base, ms.size());
    }

    /** Coordinate descent on centred data with x >= 0 and a tiny ridge, so that co-varying components share cost. */
    private static double[] nnls(List<Measurement> ms, List<String> components) {
        int n = ms.size(), k = components.size();
        double[][] a = new double[n][k];
        double[] y = new double[n];
        double meanY =
                ms.stream().mapToDouble(Measurement::frameNanos).average().orElse(0);
        for (int c = 0; c < k; c++) {
            final String name = components.get(c);
            double mean = ms.stream()
                    .mapToDouble(m -> m.componentCounts().getOrDefault(name, 0))
                    .average()
                    .orElse(0);
            for (int j = 0; j < n; j++) a[j][c] = ms.get(j).componentCounts().getOrDefault(name, 0) - mean;
        }
        for (int j = 0; j < n; j++) y[j] = ms.get(j).frameNanos() - meanY;
        double[] norms = new double[k];
        double trace = 0;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < n; j++) norms[c] += a[j][c] * a[j][c];
            trace += norms[c];
        }
        double ridge = 1e-6 * trace / Math.max(1, k);
        double[] x = new double[k];
        double[] residual = y.clone();
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int c = 0; c < k; c++) {
                if (norms[c] == 0) continue;
                double dot = 0;
                for (int j = 0; j < n; j++) dot += a[j][c] * (residual[j] + a[j][c] * x[c]);
                double next = Math.max(0, dot / (norms[c] + ridge));
                double step = next - x[c];
                if (step != 0) {
                    for (int j = 0; j < n; j++) residual[j] -= a[j][c] * step;
                    x[c] = next;
                }
            }
        }
        return x;
    }

    public PiecewiseLinear curve() {
        return curve;
    }

    public int measurements() {
        return measurements;
    }

    /** Fitted frame time of a world with no entities of the measured kinds, in nanoseconds. */
    public double baseNanos() {
        return baseNanos;
    }

    /** Components with a fitted cost, and that cost in nanoseconds per entity per frame. */
    public Map<String, Double> componentNanos() {
        return java.util.Collections.unmodifiableMap(nanosPerEntity);
    }

    public boolean knows(String component) {
        return nanosPerEntity.containsKey(component);
    }

    /** Whether any component cost was fitted: without, every entity is priced at {@link DefaultCosts}. */
    public boolean fitted() {
        return !nanosPerEntity.isEmpty();
    }

    /**
     * The cost of one entity made of these components. Fitted components cost what was fitted; a component the fit
     * does not know costs its {@link DefaultCosts#component default} if it has one (the physics components), else the
     * average fitted component. With no fit at all, an entity costs {@link DefaultCosts#ENTITY_NANOS} plus the
     * defaults of its components.
     */
    public double entityNanos(Collection<String> components) {
        if (!fitted()) {
            return DefaultCosts.ENTITY_NANOS
                    + components.stream().mapToDouble(DefaultCosts::component).sum();
        }
        double mean = nanosPerEntity.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        double sum = 0;
        for (String c : components) {
            Double fit = nanosPerEntity.get(c);
            sum += fit != null ? fit : DefaultCosts.covers(c) ? DefaultCosts.component(c) : mean;
        }
        return sum;
    }
}
