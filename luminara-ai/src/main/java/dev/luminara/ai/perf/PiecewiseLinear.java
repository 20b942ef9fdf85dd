package dev.luminara.ai.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A non-decreasing piecewise-linear function through measured points (entity count → frame time): points at the same
 * x are merged by their median, then pooled where noise made them dip (isotonic regression), so that more entities
 * never predict a faster frame. Beyond the measured range it continues with the slope of the nearest segment.
 */
public final class PiecewiseLinear {
    private final double[] xs;
    private final double[] ys;

    private PiecewiseLinear(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    public static PiecewiseLinear fit(List<double[]> points) {
        TreeMap<Double, List<Double>> byX = new TreeMap<>();
        for (double[] p : points)
            byX.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        int n = byX.size();
        double[] xs = new double[n], ys = new double[n], weights = new double[n];
        int i = 0;
        for (var e : byX.entrySet()) {
            xs[i] = e.getKey();
            ys[i] = FrameSampler.median(
                    e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            weights[i++] = e.getValue().size();
        }
        return new PiecewiseLinear(xs, isotonic(ys, weights));
    }

    /** Pool-adjacent-violators: the closest non-decreasing sequence in weighted least squares. */
    private static double[] isotonic(double[] y, double[] w) {
        int n = y.length;
        double[] value = new double[n], weight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = y[i];
            weight[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double wt = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] =
                        (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / wt;
                weight[blocks - 2] = wt;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) for (int k = 0; k < size[b]; k++) out[at++] = value[b];
        return out;
    }

    public boolean isEmpty() {
        return xs.length == 0;
    }

    public int points() {
        return xs.length;
    }

    public double value(double x) {
        int n = xs.length;
        if (n == 0) return 0;
        if (n == 1) return ys[0];
        int i = segment(x);
        double slope = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
        return Math.max(0, ys[i] + slope * (x - xs[i]));
    }

    /** The average slope between two x values (value units per x unit). */
    public double slope(double from, double to) {
        if (xs.length < 2 || to == from) return xs.length < 2 ? 0 : segmentSlope(segment(from));
        return (value(to) - value(from)) / (to - from);
    }

    private double segmentSlope(int i) {
        return (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
    }

    /** The index of the segment used for x: the one containing it, or the first or last one outside the range. */
    private int segment(double x) {
        int n = xs.length;
        if (x <= xs[0]) return 0;
        if (x >= xs[n - 1]) return n - 2;
        int lo = 0, hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) lo = mid;
            else hi = mid;
        }
        return lo;
    }
}
