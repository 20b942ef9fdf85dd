package dev.luminara.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatiosTest {
    private static final String CLS = "dev.luminara.bench.core.IterateBench";

    private static Measurement m(String method, Map<String, String> params, String mode, double score, String unit) {
        return Measurement.of(CLS + "." + method, params, mode, score, score / 10, unit);
    }

    private static List<Ratio> compute(Measurement... ms) {
        return Ratios.compute(List.of(ms), x -> x.method().equals("fast") ? 1.5 : Double.NaN);
    }

    @Test
    void averageTimesAreDividedByTheBaselineInCommonUnits() {
        List<Ratio> r = compute(
                m("baselineArrays", Map.of("n", "10"), "avgt", 2, "ms/op"),
                m("fast", Map.of("n", "10"), "avgt", 2500, "us/op"),
                m("slow", Map.of("n", "10"), "avgt", 20, "ms/op"));
        assertThat(r.get(0).ratio()).isEqualTo(1.0);
        assertThat(r.get(1).ratio()).isEqualTo(1.25);
        assertThat(r.get(1).error()).isCloseTo(1.25 * Math.sqrt(0.02), within(1e-12));
        assertThat(r.get(1).meetsGoal()).isTrue();
        assertThat(r.get(2).ratio()).isEqualTo(10.0);
        assertThat(r.get(2).hasGoal()).isFalse();
    }

    @Test
    void cpuTimeIsACostLikeAverageTime() {
        List<Ratio> r = compute(
                m("baselineArrays", Map.of(), "cpu", 800_000, "ns/op"), m("fast", Map.of(), "cpu", 1_000_000, "ns/op"));
        assertThat(r.get(1).ratio()).isEqualTo(1.25);
    }

    @Test
    void throughputIsInvertedSoThatRatiosAreAlwaysCosts() {
        List<Ratio> r = compute(
                m("baselineCall", Map.of(), "thrpt", 1000, "ops/ms"), m("fast", Map.of(), "thrpt", 250_000, "ops/s"));
        assertThat(r.get(1).ratio()).isEqualTo(4.0);
        assertThat(r.get(1).meetsGoal()).isFalse();
    }

    @Test
    void eachMeasurementIsPairedWithTheBaselineOfTheSameParamsAndMode() {
        List<Ratio> r = compute(
                m("baselineScan", Map.of("n", "10"), "avgt", 1, "ns/op"),
                m("baselineScan", Map.of("n", "100"), "avgt", 10, "ns/op"),
                m("fast", Map.of("n", "100", "extra", "x"), "avgt", 5, "ns/op"),
                m("fast", Map.of("n", "10"), "thrpt", 5, "ops/s"));
        assertThat(r.get(2).baseline().params()).containsEntry("n", "100");
        assertThat(r.get(2).ratio()).isEqualTo(0.5);
        assertThat(r.get(3).ratio()).isNaN();
        assertThat(r.get(3).problem()).isEqualTo("no baselineScan result with mode thrpt and params {n=10}");
    }

    @Test
    void aClassWithoutOrWithTwoBaselinesIsReported() {
        assertThat(compute(m("fast", Map.of(), "avgt", 1, "ns/op")).get(0).problem())
                .isEqualTo("no baseline* method in this class (or it was not run)");
        List<Ratio> two = compute(
                m("baselineA", Map.of(), "avgt", 1, "ns/op"),
                m("baselineB", Map.of(), "avgt", 1, "ns/op"),
                m("fast", Map.of(), "avgt", 1, "ns/op"));
        assertThat(two.get(2).problem()).isEqualTo("more than one baseline method: baselineA, baselineB");
    }

    @Test
    void tablesShowRatiosGoalsAndNotes() {
        List<Ratio> r = compute(
                m("baselineArrays", Map.of("n", "10"), "avgt", 2, "ms/op"),
                m("fast", Map.of("n", "10"), "avgt", 4, "ms/op"));
        String text = RatioTable.text(r);
        assertThat(text).contains("IterateBench.baselineArrays").contains("1 (baseline)");
        assertThat(text)
                .containsPattern(
                        "IterateBench\\.fast\\s+n=10\\s+avgt\\s+4\\.000\\s+± 0\\.400\\s+ms/op\\s+2\\.00× ± 0\\.28\\s+≤ 1\\.5× MISSED");
        String md = RatioTable.markdown(r);
        assertThat(md.lines().toList())
                .startsWith(
                        "| benchmark | params | mode | score | error | unit | ratio | goal |",
                        "|---|---|---|---:|---:|---|---:|---|");
        assertThat(RatioRunner.fragment("x", r))
                .startsWith("Command: `java -cp luminara-bench/target/benchmarks.jar"
                        + " dev.luminara.bench.RatioRunner x`");
    }

    @Test
    void repeatedRunsReportTheMedianRatioAndItsRange() {
        List<List<Ratio>> runs = List.of(
                compute(m("baselineA", Map.of(), "avgt", 2, "ms/op"), m("fast", Map.of(), "avgt", 6, "ms/op")),
                compute(m("baselineA", Map.of(), "avgt", 1, "ms/op"), m("fast", Map.of(), "avgt", 1.2, "ms/op")),
                compute(m("baselineA", Map.of(), "avgt", 4, "ms/op"), m("fast", Map.of(), "avgt", 5, "ms/op")));
        List<Ratio> median = Ratios.median(runs);
        Ratio fast = median.get(1);
        assertThat(fast.ratio()).isEqualTo(1.25);
        assertThat(fast.min()).isCloseTo(1.2, within(1e-12));
        assertThat(fast.max()).isEqualTo(3.0);
        assertThat(fast.runs()).isEqualTo(3);
        assertThat(fast.measurement().score()).isEqualTo(5);
        assertThat(fast.meetsGoal()).isTrue();
        assertThat(RatioTable.text(median)).contains("1.25× (1.20–3.00, 3 runs)");
        List<Ratio> even = Ratios.median(runs.subList(0, 2));
        assertThat(even.get(1).ratio()).isCloseTo(2.1, within(1e-12));
    }

    @Test
    void goalsAreReadFromTheBenchmarkMethods() {
        assertThat(RatioRunner.goalOf(Measurement.of(CLS + ".queryChunks", Map.of(), "avgt", 1, 0, "ms/op")))
                .isEqualTo(1.5);
        assertThat(RatioRunner.goalOf(Measurement.of(CLS + ".queryRecords", Map.of(), "avgt", 1, 0, "ms/op")))
                .isNaN();
        assertThat(RatioRunner.goalOf(Measurement.of("no.such.Bench.x", Map.of(), "avgt", 1, 0, "ms/op")))
                .isNaN();
    }
}
