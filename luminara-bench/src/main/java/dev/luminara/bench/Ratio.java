package dev.luminara.bench;

/**
 * A measurement against its class's baseline: {@code ratio} is cost over baseline cost (score / baseline for time
 * modes, baseline / score for throughput), with an error from both relative errors; NaN when there is no baseline to
 * compare with ({@code problem} then says why). {@code goal} is the {@link Goal} maximum, or NaN. With repeated runs,
 * {@code ratio} is the median of the runs' ratios, {@code min} and {@code max} their range, {@code runs} how many.
 */
public record Ratio(
        Measurement measurement,
        Measurement baseline,
        double ratio,
        double error,
        double goal,
        String problem,
        double min,
        double max,
        int runs) {

    /** One run's ratio. */
    public Ratio(
            Measurement measurement, Measurement baseline, double ratio, double error, double goal, String problem) {
        this(measurement, baseline, ratio, error, goal, problem, ratio, ratio, 1);
    }

    public boolean hasGoal() {
        return !Double.isNaN(goal);
    }

    /** Whether the goal is met; false when there is no goal or no ratio. */
    public boolean meetsGoal() {
        return hasGoal() && !Double.isNaN(ratio) && ratio <= goal;
    }
}
