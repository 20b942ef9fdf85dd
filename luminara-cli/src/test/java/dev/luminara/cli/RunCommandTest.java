package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String ARENA = Samples.arenaScene().toString();

    private static List<String> statusLines(String out) {
        return out.lines().filter(l -> l.startsWith("t=")).toList();
    }

    @Test
    void runsTheArenaHeadlessPrintingOneLinePerSimulatedSecond() {
        CliRun run = CliRun.of("run", ARENA, "--frames", "150");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("loaded " + ARENA + ": 20 entities; running 150 frames headless at 60 Hz");
        List<String> lines = statusLines(run.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("t=1s frame=60 entities=20 mean=\\d+\\.\\d{3} ms/frame");
        assertThat(lines.get(1)).startsWith("t=2s frame=120 entities=20 ");
        assertThat(run.out()).contains("done: 150 frames (2.500 simulated s)");
    }

    @Test
    void theTickRateSetsHowManyFramesMakeASecond() {
        CliRun run = CliRun.of("run", ARENA, "--frames", "90", "--hz", "30", "--seed", "7");
        assertThat(run.exitCode()).isZero();
        assertThat(statusLines(run.out()))
                .extracting(l -> l.split(" ")[1])
                .containsExactly("frame=30", "frame=60", "frame=90");
        assertThat(run.out()).contains("at 30 Hz, seed 7");
    }

    @Test
    void realTimeStopsAfterTheRequestedFrames() {
        CliRun run = CliRun.of("run", ARENA, "--frames", "6", "--hz", "60", "--realtime");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("6 frames in real time").contains("done: 6 frames");
    }

    @Test
    void audioOutMixesTheRunIntoAWavFile(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("arena.wav");
        CliRun run = CliRun.of("run", ARENA, "--frames", "120", "--audio-out", wav.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .containsPattern("audio: wrote " + Pattern.quote(wav.toString())
                        + " \\(2\\.000 s, 44\\.1 kHz 16-bit stereo, peak 0\\.0[0-9]{2}\\)");
        assertThat(Files.size(wav)).isEqualTo(44 + 120 * 735 * 4);
        // the buggy's hum (0.4 volume, about 24 m from the camera) is quiet but there
        assertThat(run.out()).doesNotContain("peak 0.000");
    }

    @Test
    void audioOutIntoAMissingFolderFailsInOneLine(@TempDir Path dir) {
        Path wav = dir.resolve("no/such/out.wav");
        CliRun run = CliRun.of("run", ARENA, "--frames", "10", "--audio-out", wav.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("luminara run: cannot write " + wav + ": no such folder\n");
    }

    @Test
    void aMissingSceneIsOneLineOnStderr() {
        CliRun run = CliRun.of("run", "no/such/arena.json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("luminara run: no/such/arena.json: no such file\n");
    }

    @Test
    void aBadSceneNamesTheLineAndFieldAndShowsNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.scene.json");
        Files.writeString(
                bad, "{\"entities\": [\n  {\"id\": 1, \"components\": {\"Light\": {\"intensity\": 500}}}\n]}\n");
        CliRun run = CliRun.of("run", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("luminara run: " + bad + ":2:38: entity 1, component Light, field intensity: must be within"
                        + " [0, 100], got 500.0\n");
    }

    @Test
    void aRunWhoseScriptsFailExitsOneAfterRunningAroundThem(@TempDir Path dir) throws Exception {
        Path scripts = dir.resolve("scripts");
        Path arena = Samples.find(Path.of("samples/arena"));
        try (var files = Files.walk(arena.resolve("scripts"))) {
            for (Path f : files.toList()) {
                Files.copy(
                        f,
                        scripts.resolve(arena.resolve("scripts").relativize(f).toString()));
            }
        }
        Files.copy(arena.resolve("arena-scripted.scene.json"), dir.resolve("arena-scripted.scene.json"));
        Files.writeString(scripts.resolve("spinner.lua"), "this is not lua (");
        CliRun run = CliRun.of("run", dir.resolve("arena-scripted.scene.json").toString(), "--frames", "30");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("script error: spinner.lua:1:").contains("done: 30 frames");
        assertThat(run.err())
                .matches("luminara run: \\d+ script errors? \\(printed above as \"script error:\"\\); exit 1\n");
    }

    @Test
    void aFolderGivenAsTheSceneIsNamedAsAFolder(@TempDir Path dir) {
        CliRun run = CliRun.of("run", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("luminara run: " + dir + ": is a folder; name a scene file (*.scene.json) in it\n");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("run", "no/such/arena.json", "--verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("luminara run: no/such/arena.json: no such file\n");
        assertThat(run.err()).contains("\tat dev.luminara.runtime.GameRuntimeBuilder.build");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        CliRun missing = CliRun.of("run");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("luminara run: Missing required parameter: '<scene>' (see 'luminara run --help')\n");
        CliRun negative = CliRun.of("run", ARENA, "--frames", "-3");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).startsWith("luminara run: --frames must be >= 0, got -3");
        CliRun badHz = CliRun.of("run", ARENA, "--hz", "0");
        assertThat(badHz.exitCode()).isEqualTo(1);
        assertThat(badHz.err()).isEqualTo("luminara run: tick rate must be in (0, 10000] Hz, got 0.0\n");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun run = CliRun.of("run", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Usage: luminara run")
                .contains("--frames=N")
                .contains("--hz=HZ")
                .contains("--seed=S")
                .contains("--realtime")
                .contains("--audio-out=WAV")
                .contains("--verbose");
    }

    @Test
    void anUnknownCommandIsNamedWithTheCommandsThereAre() {
        CliRun run = CliRun.of("rn", ARENA);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("luminara: unknown command 'rn'; did you mean 'run'?; commands: ");
        assertThat(run.err()).contains("verify").contains("(see 'luminara --help')");
        CliRun sub = CliRun.of("scene", "valdate", ARENA);
        assertThat(sub.err()).startsWith("luminara scene: unknown command 'valdate'; did you mean 'validate'?");
    }

    @Test
    void theRootCommandListsTheSubcommands() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("run").contains("scene");
    }
}
