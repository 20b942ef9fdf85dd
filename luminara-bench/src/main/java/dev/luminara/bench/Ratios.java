package dev.luminara.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Pairs each measurement with its class's baseline. The convention: exactly one {@code @Benchmark} method per class
 * has a name starting with {@code baseline}; a measurement is compared with the baseline result of the same mode whose
 * parameters agree on every parameter both have.
 */
public final class Ratios {
    private Ratios() {}

    /** Ratios in the order given; {@code goals} maps a measurement to its goal, or NaN for none. */
    public static List<Ratio> compute(List<Measurement> all, ToDoubleFunction<Measurement> goals) {
        Map<String, List<Measurement>> baselines = new LinkedHashMap<>();
        Map<String, List<String>> baselineMethods = new LinkedHashMap<>();
        for (Measurement m : all) {
            if (!m.isBaseline()) continue;
            baselines
                    .computeIfAbsent(m.benchmarkClass(), k -> new ArrayList<>())
                    .add(m);
            List<String> names = baselineMethods.computeIfAbsent(m.benchmarkClass(), k -> new ArrayList<>());
            if (!names.contains(m.method())) names.add(m.method());
        }
        List<Ratio> out = new ArrayList<>();
        for (Measurement m : all) {
            double goal = goals.applyAsDouble(m);
            List<String> names = baselineMethods.getOrDefault(m.benchmarkClass(), List.of());
            if (names.size() > 1) {
                out.add(missing(m, goal, "more than one baseline method: " + String.join(", ", names)));
                continue;
            }
            Measurement base = find(m, baselines.getOrDefault(m.benchmarkClass(), List.of()));
            if (base == null) {
                out.add(missing(
                        m,
                        goal,
                        names.isEmpty()
                                ? "no baseline* method in this class (or it was not run)"
                                : "no " + names.get(0) + " result with mode " + m.mode() + " and params "
                                        + m.params()));
                continue;
            }
            out.add(ratio(m, base, goal));
        }
        return out;
    }

    private static Measurement find(Measurement m, List<Measurement> candidates) {
        for (Measurement b : candidates) {
            if (b.mode().equals(m.mode()) && agree(m.params(), b.params())) return b;
        }
        return null;
    }

    private static boolean agree(Map<String, String> a, Map<String, String> b) {
        for (var e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) return false;
        }
        return true;
    }

    private static Ratio ratio(Measurement m, Measurement base, double goal) {
        double s = m.normalisedScore();
        double b = base.normalisedScore();
        double r = m.isThroughput() ? b / s : s / b;
        double relM = m.score() == 0 ? 0 : m.error() / m.score();
        double relB = base.score() == 0 ? 0 : base.error() / base.score();
        double err =
                Double.isFinite(relM) && Double.isFinite(relB) ? r * Math.sqrt(relM * relM + relB * relB) : Double.NaN;
        return new Ratio(m, base, r, err, goal, null);
    }

    private static Ratio missing(Measurement m, double goal, String why) {
        return new Ratio(m, null, Double.NaN, Double.NaN, goal, why);
    }
}
