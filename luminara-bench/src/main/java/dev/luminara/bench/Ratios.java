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

    /**
     * Combines the ratios of several runs of the same benchmarks (each computed within its run, so a baseline is only
     * ever compared with a method measured minutes, not hours, apart): per benchmark and parameters, the median ratio,
     * its range, and the measurement whose ratio is the median. Order follows the first run.
     */
    public static List<Ratio> median(List<List<Ratio>> runs) {
        Map<String, List<Ratio>> byKey = new LinkedHashMap<>();
        for (List<Ratio> run : runs) {
            for (Ratio r : run)
                byKey.computeIfAbsent(key(r.measurement()), k -> new ArrayList<>())
                        .add(r);
        }
        List<Ratio> out = new ArrayList<>();
        for (List<Ratio> same : byKey.values()) {
            List<Ratio> valid = new ArrayList<>();
            for (Ratio r : same) if (!Double.isNaN(r.ratio())) valid.add(r);
            if (valid.isEmpty()) {
                out.add(same.get(0));
                continue;
            }
            valid.sort((a, b) -> Double.compare(a.ratio(), b.ratio()));
            Ratio mid = valid.get((valid.size() - 1) / 2);
            double median = valid.size() % 2 == 1
                    ? mid.ratio()
                    : (mid.ratio() + valid.get(valid.size() / 2).ratio()) / 2;
            out.add(new Ratio(
                    mid.measurement(),
                    mid.baseline(),
                    median,
                    mid.error(),
                    mid.goal(),
                    null,
                    valid.get(0).ratio(),
                    valid.get(valid.size() - 1).ratio(),
                    valid.size()));
        }
        return out;
    }

    private static String key(Measurement m) {
        return m.benchmarkClass() + "." + m.method() + " " + m.mode() + " " + m.params();
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
