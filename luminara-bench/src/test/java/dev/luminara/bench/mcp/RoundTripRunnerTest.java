package dev.luminara.bench.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.bench.Measurement;
import dev.luminara.bench.Ratio;
import dev.luminara.bench.Ratios;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripRunnerTest {
    private static List<Ratio> pass(double floor, double digest) {
        List<Measurement> ms = List.of(
                Measurement.of(
                        "x.StdioRoundTripBench.baselineNoop",
                        Map.of("sim", "paused"),
                        "p50",
                        floor,
                        Double.NaN,
                        "us/op"),
                Measurement.of(
                        "x.StdioRoundTripBench.worldDigest",
                        Map.of("sim", "paused"),
                        "p50",
                        digest,
                        Double.NaN,
                        "us/op"));
        return Ratios.compute(ms, m -> Double.NaN);
    }

    @Test
    void theTableShowsTheMedianScoreAndRatioWithTheirRanges() {
        String table = RoundTripRunner.table(List.of(pass(100, 1000), pass(50, 1500), pass(200, 1200)));
        assertThat(table)
                .contains("| StdioRoundTripBench.baselineNoop | sim=paused | p50 | 100 (50–200) | 1 (baseline) |")
                .contains(
                        "| StdioRoundTripBench.worldDigest | sim=paused | p50 | 1200 (1000–1500) | 10.0 (6.0–30.0)× |");
    }
}
