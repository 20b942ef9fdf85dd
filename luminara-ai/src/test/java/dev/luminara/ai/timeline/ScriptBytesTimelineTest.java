package dev.luminara.ai.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.FolderScriptStore;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.testing.Arena;
import dev.luminara.core.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary scripts on the timeline: undo, redo, snapshots, checkout and reopening keep their exact bytes. */
class ScriptBytesTimelineTest {
    static final byte[] OLD = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, (byte) 0xFF, 0x00};
    static final byte[] NEW = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, (byte) 0xFE, 0x7F, (byte) 0x80};

    @TempDir
    Path dir;

    private OperationTimeline open(World world, ScriptStore scripts, int snapshotEvery) {
        return OperationTimeline.open(
                dir.resolve("timeline.db"),
                new CommandExecutor(world, scripts),
                TimelineOptions.DEFAULT.withSnapshotEvery(snapshotEvery));
    }

    private static byte[] bytes(ScriptStore scripts, String path) {
        return scripts.readBytes(path).orElse(null);
    }

    @Test
    void undoAndRedoOfAModuleWriteRestoreTheExactBytesAndAbsence() {
        ScriptStore scripts = new FolderScriptStore(dir.resolve("scripts"));
        scripts.writeBytes("spin.wasm", OLD);
        try (OperationTimeline t = open(Arena.load(), scripts, 100)) {
            t.apply("replace", "", List.of(new EngineCommand.WriteScriptBytes("spin.wasm", NEW)), List.of());
            t.apply("add", "", List.of(new EngineCommand.WriteScriptBytes("new/mod.wasm", OLD)), List.of());
            assertThat(t.head().orElseThrow().changeSummary()).isEqualTo("wrote script new/mod.wasm");
            t.undo();
            assertThat(scripts.readBytes("new/mod.wasm")).isEmpty();
            t.undo();
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(OLD);
            t.redo();
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(NEW);
            t.redo();
            assertThat(bytes(scripts, "new/mod.wasm")).isEqualTo(OLD);
        }
    }

    @Test
    void reopeningTheTimelineReadsTheBytesBackFromSqlite() {
        ScriptStore scripts = new FolderScriptStore(dir.resolve("scripts"));
        scripts.writeBytes("spin.wasm", OLD);
        try (OperationTimeline t = open(Arena.load(), scripts, 100)) {
            t.apply("replace", "", List.of(new EngineCommand.WriteScriptBytes("spin.wasm", NEW)), List.of());
        }
        // a fresh world, and the file changed by hand since: opening puts the head's state back from the database
        scripts.writeBytes("spin.wasm", "-- not the module".getBytes(StandardCharsets.UTF_8));
        try (OperationTimeline t = open(Arena.load(), scripts, 100)) {
            Operation op = t.head().orElseThrow();
            assertThat(op.commands()).containsExactly(new EngineCommand.WriteScriptBytes("spin.wasm", NEW));
            assertThat(op.inverses()).containsExactly(new EngineCommand.WriteScriptBytes("spin.wasm", OLD));
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(NEW);
            t.undo();
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(OLD);
        }
    }

    @Test
    void snapshotsAndTrackedOriginalsKeepBinaryContentThroughCheckout() throws Exception {
        ScriptStore scripts = new FolderScriptStore(dir.resolve("scripts"));
        scripts.writeBytes("spin.wasm", OLD);
        World world = Arena.load();
        // a snapshot after every operation: checkout restores from them and from the tracked originals
        try (OperationTimeline t = open(world, scripts, 1)) {
            t.apply("replace", "", List.of(new EngineCommand.WriteScriptBytes("spin.wasm", NEW)), List.of());
            t.apply("text", "", List.of(new EngineCommand.CreateScript("spin.wasm", "(module)")), List.of());
            t.createBranch("start", Operation.ROOT);
            t.createBranch("middle", t.head().orElseThrow().parent());
            t.checkout("start");
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(OLD);
            t.checkout("middle");
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(NEW);
            t.checkout("main");
            assertThat(scripts.read("spin.wasm")).contains("(module)");
        }
        Files.delete(dir.resolve("scripts/spin.wasm"));
        try (OperationTimeline t = open(Arena.load(), scripts, 1)) {
            assertThat(scripts.read("spin.wasm")).contains("(module)");
            t.checkout("middle"); // restored from the binary snapshot of operation #1, read back from SQLite
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(NEW);
            t.checkout("start");
            assertThat(bytes(scripts, "spin.wasm")).isEqualTo(OLD);
        }
    }

    @Property(tries = 300)
    void everyByteStringSurvivesItsStoredForm(@ForAll byte[] content) {
        assertThat(StoredScript.bytes(StoredScript.of(content))).isEqualTo(content);
    }

    @Test
    void textIsStoredAsItselfUnlessItCouldBeMistakenForTheBinaryForm() {
        assertThat(StoredScript.of("-- lua".getBytes(StandardCharsets.UTF_8))).isEqualTo("-- lua");
        assertThat(StoredScript.ofText("-- lua")).isEqualTo("-- lua");
        String tricky = StoredScript.BINARY + "AAAA";
        assertThat(StoredScript.ofText(tricky)).isNotEqualTo(tricky);
        assertThat(new String(StoredScript.bytes(StoredScript.ofText(tricky)), StandardCharsets.UTF_8))
                .isEqualTo(tricky);
        assertThat(StoredScript.of(OLD)).startsWith(StoredScript.BINARY);
    }
}
