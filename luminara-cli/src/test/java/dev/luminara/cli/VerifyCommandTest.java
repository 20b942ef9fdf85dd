package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    static final String SCENE = "../samples/arena/arena-scripted.scene.json";
    static final String SPIN =
            "local C = {}\nfunction C:on_update(dt)\n  transform.rotate_y(self.entity, 90 * dt)\nend\nreturn C\n";

    @TempDir
    Path temp;

    Path script(String name, String source) throws IOException {
        Path p = temp.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    @Test
    void aGoodScriptPassesWithAPreview() throws IOException {
        CliRun r = CliRun.of(
                "verify", script("spin.lua", SPIN).toString(), "--scene", SCENE, "--attach", "tower", "--frames", "10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("verification passed")
                .containsPattern(
                        "sandbox: 10 frames, 10 API calls, 0 entities spawned, script \\d+\\.\\d{3} ms CPU/frame")
                .contains("preview: Attaches spin.lua to 1 entity; over 10 frames it would modify 1 (tower 12v0:");
    }

    @Test
    void aBadScriptFailsWithTheSuggestion() throws IOException {
        String bad = SPIN.replace("rotate_y(self.entity, 90 * dt)", "set_pos(self.entity, vec3(0, 1, 0))");
        CliRun r = CliRun.of("verify", script("bad.lua", bad).toString(), "--scene", SCENE, "--attach", "12v0");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("bad.lua:3:3: error unknown-api: `transform.set_pos` is unknown; did you mean"
                        + " `transform.set_position`?");
    }

    @Test
    void jsonIsTheStructuredResult() throws IOException {
        CliRun r = CliRun.of(
                "verify",
                script("spin.lua", SPIN).toString(),
                "--scene",
                SCENE,
                "--attach",
                "tower",
                "--frames",
                "3",
                "--json");
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("sandboxResult").get("frames").asInt()).isEqualTo(3);
    }

    @Test
    void calibrateMeasuresTheWorldSoTheSpawnAdviceUsesMeasuredCosts() throws IOException {
        String bomb =
                "local C = {}\nfunction C:on_start()\n  for i = 1, 500 do world.spawn(\"bullet\") end\nend\nreturn C\n";
        Path s = script("bomb.lua", bomb);

        CliRun plain = CliRun.of("verify", s.toString(), "--scene", SCENE, "--frames", "2");
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.out()).contains("max_entities_spawned is 100").contains("uncalibrated default of 0.2 µs");
        assertThat(plain.err()).doesNotContain("calibrated on");

        CliRun calibrated = CliRun.of("verify", s.toString(), "--scene", SCENE, "--frames", "2", "--calibrate");
        assertThat(calibrated.exitCode()).isEqualTo(1);
        assertThat(calibrated.err())
                .containsPattern("calibrated on \\d+ copies of the world \\(\\d+ to \\d+ entities\\)");
        assertThat(calibrated.out())
                .contains("max_entities_spawned is 100")
                .containsPattern("advisor model, \\d+\\.\\d\\d µs per spawned entity")
                .doesNotContain("uncalibrated");
    }

    @Test
    void applyWritesTheScriptThroughTheTimelineOfAProjectCopy() throws IOException {
        Path project = temp.resolve("arena");
        copy(Path.of("../samples/arena"), project);
        CliRun r = CliRun.of(
                "verify",
                script("spin.lua", SPIN).toString(),
                "--apply",
                "-p",
                project.toString(),
                "--attach",
                "tower",
                "--as",
                "behaviors/spin.lua",
                "--frames",
                "5",
                "--monitor-frames",
                "10");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("applied as operation #1; watched 10 frames");
        assertThat(project.resolve("scripts/behaviors/spin.lua")).hasContent(SPIN);
        assertThat(Files.readString(project.resolve("arena.scene.json"))).contains("behaviors/spin.lua");
        CliRun log = CliRun.of("timeline", "log", "-p", project.toString());
        assertThat(log.out()).contains("verify: apply behaviors/spin.lua");
        // the project was a document: the frames measured around the apply did not reach its scene file, so opening
        // it again finds the file at the timeline's head, not changed outside it (which would warn and back it up)
        assertThat(log.err()).doesNotContain("differs from the timeline");
        CliRun again = CliRun.of(
                "verify",
                script("spin2.lua", SPIN).toString(),
                "--apply",
                "-p",
                project.toString(),
                "--attach",
                "player",
                "--frames",
                "5",
                "--monitor-frames",
                "10");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.err()).doesNotContain("differs from the timeline");
        assertThat(project.resolve(".luminara/backups")).doesNotExist();
        assertThat(again.out()).contains("applied as operation #2");
    }

    @Test
    void optionsAreChecked() throws IOException {
        Path s = script("spin.lua", SPIN);
        CliRun folder = CliRun.of("verify", temp.toString(), "--scene", SCENE);
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains(temp + " is a folder; name a script file (.lua or .wasm)");
        assertThat(CliRun.of("verify", s.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("verify", s.toString(), "--scene", SCENE, "--frames", "0")
                        .err())
                .contains("--frames must be >= 1");
        assertThat(CliRun.of("verify", temp.resolve("none.lua").toString(), "--scene", SCENE)
                        .err())
                .contains("no such script file");
        assertThat(CliRun.of("verify", s.toString(), "--scene", SCENE, "--attach", "nobody")
                        .err())
                .contains("nobody");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.startsWith(".luminara") || rel.contains("node_modules")) continue;
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
