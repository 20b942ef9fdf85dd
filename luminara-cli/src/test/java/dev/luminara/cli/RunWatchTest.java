package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWatchTest {
    @Test
    void theScriptedArenaRunsItsLuaAndWasmScriptsWithoutErrors() {
        String scene = Samples.find(Path.of("samples", "arena", "arena-scripted.scene.json"))
                .toString();
        CliRun run = CliRun.of("run", scene, "--frames", "120");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("script error").contains("done: 120 frames");
    }

    @Test
    void watchPrintsReloadsAndScriptErrorsAsTheyHappen(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("hello.lua"), "return { on_start = function() log.info('v1') end }");
        Path scene = dir.resolve("s.scene.json");
        Files.writeString(
                scene, "{\"entities\": [{\"id\": 0, \"components\": {\"Script\": {\"path\": \"hello.lua\"}}}]}");
        CompletableFuture<CliRun> running =
                CompletableFuture.supplyAsync(() -> CliRun.of("run", scene.toString(), "--watch", "--frames", "150"));
        Thread.sleep(700);
        Files.writeString(
                scripts.resolve("hello.lua"),
                "return { on_start = function() log.info('v2') end," + " reload = 'Reset' }");
        Thread.sleep(500);
        Files.writeString(scripts.resolve("hello.lua"), "return { on_start = function( }");
        CliRun run = running.get(30, TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("log info: hello.lua (0v0): v1")
                .contains("reload: hello.lua (RESET, 1 entity)")
                .contains("log info: hello.lua (0v0): v2")
                .contains("script error: hello.lua:1: reload: ");
    }

    @Test
    void watchWithoutAScriptsFolderIsRefused(@TempDir Path dir) throws Exception {
        Path scene = dir.resolve("s.scene.json");
        Files.writeString(scene, "{\"entities\": []}");
        CliRun run = CliRun.of("run", scene.toString(), "--watch");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--watch needs a scripts folder");
    }
}
