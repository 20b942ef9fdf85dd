package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.json.Json;
import org.junit.jupiter.api.Test;

class ScriptApiCommandTest {
    @Test
    void printsEveryModuleWithSignaturesAndRanges() {
        CliRun run = CliRun.of("script", "api");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("transform.set_position(entity: entity, position: vec3) -> nil")
                .contains("physics.raycast(origin: vec3, direction: vec3, max_distance: number, ignore_self?: bool)")
                .contains("max_distance: number in [0, 10000]")
                .contains("audio.play_one_shot");
    }

    @Test
    void oneModuleAsJson() throws Exception {
        CliRun run = CliRun.of("script", "api", "time", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("module").asText()).isEqualTo("time");
        assertThat(json.get(0).get("functions").findValuesAsText("name")).containsExactly("delta", "elapsed", "frame");
    }

    @Test
    void anUnknownModuleIsAUsageError() {
        CliRun run = CliRun.of("script", "api", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no API module named 'nope'").contains("; modules: transform, world");
        CliRun typo = CliRun.of("script", "api", "phisics");
        assertThat(typo.err()).contains("no API module named 'phisics'; did you mean 'physics'?");
    }
}
