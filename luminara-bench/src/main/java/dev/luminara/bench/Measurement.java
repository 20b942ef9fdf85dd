package dev.luminara.bench;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One JMH result: class and method, parameters, mode ({@code avgt}, {@code thrpt}, {@code sample}, {@code ss}), score
 * with its 99.9% error, and the unit JMH printed ({@code ms/op}, {@code ops/s}, ...).
 */
public record Measurement(
        String benchmarkClass,
        String method,
        Map<String, String> params,
        String mode,
        double score,
        double error,
        String unit) {
    public Measurement {
        Objects.requireNonNull(benchmarkClass, "benchmarkClass");
        Objects.requireNonNull(method, "method");
        params = Map.copyOf(new TreeMap<>(params));
    }

    /** {@code dev.luminara.bench.core.IterateBench.queryChunks} → class and method. */
    public static Measurement of(
            String benchmark, Map<String, String> params, String mode, double score, double error, String unit) {
        int dot = benchmark.lastIndexOf('.');
        return new Measurement(
                benchmark.substring(0, dot), benchmark.substring(dot + 1), params, mode, score, error, unit);
    }

    public boolean isBaseline() {
        return method.startsWith("baseline");
    }

    public boolean isThroughput() {
        return mode.equals("thrpt");
    }

    /** The class's simple name and the method, e.g. {@code IterateBench.queryChunks}. */
    public String shortName() {
        return benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1) + "." + method;
    }

    /** The score in nanoseconds per operation (time modes) or operations per second (throughput). */
    public double normalisedScore() {
        return score * unitFactor(unit);
    }

    static double unitFactor(String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) throw new IllegalArgumentException("unexpected JMH unit '" + unit + "'");
        if (parts[0].equals("ops")) return 1.0 / seconds(parts[1]); // ops per time unit → ops/s
        return seconds(parts[0]) * 1e9; // time per op → ns/op
    }

    private static double seconds(String unit) {
        switch (unit) {
            case "ns":
                return 1e-9;
            case "us":
                return 1e-6;
            case "ms":
                return 1e-3;
            case "s":
                return 1;
            case "min":
                return 60;
            case "hr":
                return 3600;
            case "day":
                return 86400;
            default:
                throw new IllegalArgumentException("unexpected JMH time unit '" + unit + "'");
        }
    }
}
