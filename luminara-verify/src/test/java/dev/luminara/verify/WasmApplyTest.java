package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.core.Entity;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WASM modules applied through the timeline on a copy of samples/arena: bytes written, undone, rolled back exactly. */
class WasmApplyTest {
    @TempDir
    Path temp;

    Path project;
    Path scripts;
    GameRuntime game;
    AiEngine ai;
    Entity tower;

    @BeforeEach
    void open() throws IOException {
        project = temp.resolve("arena");
        ApplyTest.copy(Path.of("../samples/arena"), project);
        scripts = ProjectLayout.of(project).scripts();
        game = GameRuntime.builder()
                .assetRoot(project)
                .scriptRoot(scripts)
                .sandbox(SandboxConfig.DEFAULT)
                .build();
        ai = AiEngine.builder().app(game.app()).project(project).build();
        tower = ai.resolveReference(new EntityReference.ByName("tower"));
    }

    @AfterEach
    void close() {
        ai.close();
        game.close();
    }

    ScriptSubmission submission(String path, byte[] module) {
        return ScriptSubmission.wasm(path, module, List.of(new EntityReference.ByName("tower")));
    }

    /** {@code on_update(e, dt)} reads the entity's position into memory: it runs every frame and changes nothing. */
    static byte[] positionReader() {
        Wasm w = new Wasm().memory(1);
        int get = w.type(new byte[] {Wasm.I64, Wasm.I32}, new byte[0]);
        int fn = w.importFunction("luminara", "transform.get_position", get);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        return w.export("on_update", update, new byte[] {0x20, 0x00, 0x41, 0x00, 0x10, (byte) fn, 0x0B})
                .build();
    }

    /**
     * {@code on_update(e, dt)} turns the entity 10 degrees and counts its calls in memory; on the 11th it traps
     * ({@code unreachable}): the 5 sandbox frames pass, the live game fails later.
     */
    static byte[] trapsOnFrame11() {
        Wasm w = new Wasm().memory(1);
        int rotate = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        int fn = w.importFunction("luminara", "transform.rotate_y", rotate);
        int update = w.type(new byte[] {Wasm.I64, Wasm.F64}, new byte[0]);
        byte[] turn = Wasm.callWithEntityAndNumber(fn, 10);
        byte[] count = {
            0x41, 0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x41, 0x01, 0x6A, 0x36, 0x02, 0x00, // mem[0] += 1
            0x41, 0x00, 0x28, 0x02, 0x00, 0x41, 0x0A, 0x4A, // mem[0] > 10
            0x04, 0x40, 0x00, 0x0B, // if unreachable end
            0x0B
        };
        byte[] body = new byte[turn.length - 1 + count.length];
        System.arraycopy(turn, 0, body, 0, turn.length - 1); // without its end
        System.arraycopy(count, 0, body, turn.length - 1, count.length);
        return w.export("on_update", update, body).build();
    }

    /** Every file under the scripts folder, as base64: byte-for-byte comparable. */
    Map<String, String> scriptFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(scripts)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(
                        scripts.relativize(p).toString().replace('\\', '/'),
                        Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    @Test
    void aVerifiedModuleIsWrittenAsItsBytesAttachedRunsAndUndoesToTheExactStateBefore() throws IOException {
        byte[] module = positionReader();
        // a few plain frames first, so that the game's own first-frame work (GlobalTransform on every entity) is done
        for (int i = 0; i < 10; i++) game.app().step();
        WorldSnapshot before = game.world().snapshot();
        Map<String, String> filesBefore = scriptFiles();
        var timeline = ai.timeline().orElseThrow();

        ApplyResult r = ApplyTest.verifier(20).apply(submission("behaviors/probe.wasm", module), game, ai);

        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        Path file = scripts.resolve("behaviors/probe.wasm");
        assertThat(Files.readAllBytes(file)).isEqualTo(module);
        assertThat(game.world().get(tower, ScriptComponent.class).path()).isEqualTo("behaviors/probe.wasm");
        assertThat(game.scripts().state(tower).orElseThrow()).isInstanceOf(ScriptState.Running.class);
        assertThat(game.scripts().usage(tower).orElseThrow().callsByFunction())
                .containsEntry("transform.get_position", 20L);
        Operation op = timeline.head().orElseThrow();
        assertThat(op.id()).isEqualTo(r.operationId());
        assertThat(op.tags()).contains("verify:apply");
        assertThat(op.commands()).first().isEqualTo(new EngineCommand.WriteScriptBytes("behaviors/probe.wasm", module));

        // the game's own systems (physics) moved bodies by float ulps during the monitored frames, which no undo
        // reverts (as for any edit): undo must revert exactly the operation's changes, so compare with the world
        // just before it, less the Script it attached
        WorldSnapshot beforeUndo = game.world().snapshot();
        game.app().call(w -> timeline.undo());
        WorldSnapshot undone = game.world().snapshot();
        assertThat(undone.entities()).isEqualTo(before.entities());
        for (Entity e : undone.entities()) {
            List<Record> expected = new ArrayList<>(beforeUndo.components(e));
            if (e.equals(tower)) expected.removeIf(c -> c instanceof ScriptComponent);
            assertThat(undone.components(e)).as("%s after undo", e).containsExactlyInAnyOrderElementsOf(expected);
        }
        // the host drops its own ScriptStatus (run-time state it writes) when its next update finds the Script gone:
        // the tower is then exactly as before
        game.app().step();
        assertThat(game.scripts().state(tower)).isEmpty();
        assertThat(game.world().snapshot().components(tower))
                .containsExactlyInAnyOrderElementsOf(before.components(tower));
        assertThat(scriptFiles()).isEqualTo(filesBefore);
        assertThat(file).doesNotExist();

        game.app().call(w -> timeline.redo());
        assertThat(Files.readAllBytes(file)).isEqualTo(module);
        assertThat(game.world().get(tower, ScriptComponent.class).path()).isEqualTo("behaviors/probe.wasm");
        game.app().step();
        assertThat(game.scripts().state(tower).orElseThrow()).isInstanceOf(ScriptState.Running.class);
    }

    @Test
    void replacingAModuleThatExistsIsUndoneToItsPreviousBytes() throws IOException {
        Path file = scripts.resolve("spinner.wasm");
        byte[] committed = Files.readAllBytes(file);
        byte[] module = positionReader();
        Map<String, String> filesBefore = scriptFiles();

        ApplyResult r = ApplyTest.verifier(5).apply(submission("spinner.wasm", module), game, ai);

        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        assertThat(Files.readAllBytes(file)).isEqualTo(module);
        var timeline = ai.timeline().orElseThrow();
        assertThat(timeline.head().orElseThrow().inverses())
                .contains(new EngineCommand.WriteScriptBytes("spinner.wasm", committed));
        game.app().call(w -> timeline.undo());
        assertThat(Files.readAllBytes(file)).isEqualTo(committed);
        assertThat(scriptFiles()).isEqualTo(filesBefore);
    }

    @Test
    void applyingTheBytesAFileAlreadyHoldsOnlyAttachesIt() throws IOException {
        byte[] committed = Files.readAllBytes(scripts.resolve("spinner.wasm"));
        ApplyResult r = ApplyTest.verifier(5).apply(submission("spinner.wasm", committed), game, ai);
        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.APPLIED);
        assertThat(ai.timeline().orElseThrow().head().orElseThrow().commands())
                .singleElement()
                .isInstanceOf(EngineCommand.AddComponent.class);
        assertThat(game.scripts().state(tower).orElseThrow()).isInstanceOf(ScriptState.Running.class);
    }

    @Test
    void aModuleThatTrapsAfterApplyIsRolledBackToTheExactStateBefore() throws IOException {
        Path file = scripts.resolve("spinner.wasm");
        byte[] committed = Files.readAllBytes(file);
        WorldSnapshot before = game.world().snapshot();
        Map<String, String> filesBefore = scriptFiles();
        var timeline = ai.timeline().orElseThrow();
        int opsBefore = timeline.size();

        // over the committed spinner.wasm, so that the rollback has bytes, not an absence, to put back
        ApplyResult r = ApplyTest.verifier(30).apply(submission("spinner.wasm", trapsOnFrame11()), game, ai);

        assertThat(r.status()).as(String.valueOf(r)).isEqualTo(ApplyStatus.ROLLED_BACK);
        assertThat(r.verification().passed()).isTrue(); // 5 sandbox frames did not reach the trap
        assertThat(r.reason()).startsWith("runtime error after apply").contains("spinner.wasm");
        assertThat(r.monitor().frames()).isEqualTo(11);
        assertThat(game.world().snapshot().sameContent(before)).isTrue();
        assertThat(game.world().has(tower, ScriptComponent.class)).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(committed);
        assertThat(scriptFiles()).isEqualTo(filesBefore);
        assertThat(timeline.size()).isEqualTo(opsBefore + 2);
        Operation rollback = timeline.head().orElseThrow();
        assertThat(rollback.id()).isEqualTo(r.rollbackOperationId());
        assertThat(rollback.tags()).contains("verify:rollback", "rollback-of:" + r.operationId());
        assertThat(rollback.commands()).contains(new EngineCommand.WriteScriptBytes("spinner.wasm", committed));
    }
}
