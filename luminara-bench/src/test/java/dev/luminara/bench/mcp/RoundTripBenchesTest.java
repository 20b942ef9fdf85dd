package dev.luminara.bench.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The round-trip benchmarks' set-up and one call of each method, so a server change that breaks what they measure
 * (a tool renamed, an argument refused, an isError answer) fails here rather than in a benchmark run.
 */
class RoundTripBenchesTest {
    @Test
    void stdioBenchmarkCallsSucceed() throws InterruptedException {
        StdioRoundTripBench bench = new StdioRoundTripBench();
        bench.sim = "paused";
        bench.entities = 600;
        bench.setUp();
        try {
            assertThat(text(bench.baselineNoop())).isEqualTo("ok");
            assertThat(text(bench.worldDigest())).contains("enemy_");
            JsonNode modified = bench.sceneModify();
            assertThat(modified.path("structuredContent").path("modified").toString())
                    .contains("v");
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void httpBenchmarkCallsSucceed() {
        HttpRoundTripBench bench = new HttpRoundTripBench();
        bench.sim = "paused";
        bench.entities = 600;
        bench.setUp();
        try {
            assertThat(text(bench.baselineNoop())).isEqualTo("ok");
            assertThat(text(bench.worldDigest())).contains("enemy_");
            JsonNode modified = bench.sceneModify();
            assertThat(modified.path("structuredContent").path("modified").toString())
                    .contains("v");
        } finally {
            bench.tearDown();
        }
    }

    private static String text(JsonNode result) {
        return result.path("content").get(0).path("text").asText();
    }
}
