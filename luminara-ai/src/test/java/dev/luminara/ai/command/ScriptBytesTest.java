package dev.luminara.ai.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.ai.AiJson;
import dev.luminara.core.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binary script files through the command layer: exact bytes written, exact bytes (or absence) put back. */
class ScriptBytesTest {
    /** The 8-byte header of an empty WASM module, then a byte that never occurs in UTF-8. */
    static final byte[] MODULE = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, (byte) 0xFF};

    static final byte[] OTHER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, (byte) 0xC0, 0x01};

    @TempDir
    Path dir;

    private ScriptStore folder() {
        return new FolderScriptStore(dir);
    }

    @Test
    void writingANewModuleStoresItsExactBytesAndItsInverseDeletesIt() throws Exception {
        ScriptStore store = folder();
        CommandExecutor executor = new CommandExecutor(new World(), store);
        AppliedCommand a = executor.apply(new EngineCommand.WriteScriptBytes("enemies/spin.wasm", MODULE));
        assertThat(Files.readAllBytes(dir.resolve("enemies/spin.wasm"))).isEqualTo(MODULE);
        assertThat(a.inverse()).isEqualTo(new EngineCommand.DeleteScript("enemies/spin.wasm"));
        executor.apply(a.inverse());
        assertThat(dir.resolve("enemies/spin.wasm")).doesNotExist();
        executor.apply(a.command());
        assertThat(store.readBytes("enemies/spin.wasm"))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(MODULE));
    }

    @Test
    void overwritingABinaryFilePutsBackItsOldBytesAndOverwritingTextPutsBackTheText() {
        ScriptStore store = folder();
        store.writeBytes("spin.wasm", MODULE);
        store.write("patrol.lua", "-- patrol\n");
        CommandExecutor executor = new CommandExecutor(new World(), store);

        AppliedCommand overBinary = executor.apply(new EngineCommand.WriteScriptBytes("spin.wasm", OTHER));
        assertThat(overBinary.inverse()).isEqualTo(new EngineCommand.WriteScriptBytes("spin.wasm", MODULE));
        AppliedCommand overText = executor.apply(new EngineCommand.WriteScriptBytes("patrol.lua", OTHER));
        assertThat(overText.inverse()).isEqualTo(new EngineCommand.ModifyScript("patrol.lua", "-- patrol\n"));

        executor.applyAll(CommandExecutor.inverses(List.of(overBinary, overText)));
        assertThat(store.readBytes("spin.wasm").orElseThrow()).isEqualTo(MODULE);
        assertThat(store.read("patrol.lua")).contains("-- patrol\n");
    }

    @Test
    void textCommandsOverABinaryFileAndDeletingOneRestoreItsBytes() {
        ScriptStore store = ScriptStore.inMemory();
        store.writeBytes("a.wasm", MODULE);
        CommandExecutor executor = new CommandExecutor(new World(), store);

        AppliedCommand create = executor.apply(new EngineCommand.CreateScript("a.wasm", "(module)"));
        assertThat(create.inverse()).isEqualTo(new EngineCommand.WriteScriptBytes("a.wasm", MODULE));
        executor.apply(create.inverse());
        AppliedCommand modify = executor.apply(new EngineCommand.ModifyScript("a.wasm", "(module)"));
        assertThat(modify.inverse()).isEqualTo(new EngineCommand.WriteScriptBytes("a.wasm", MODULE));
        executor.apply(modify.inverse());
        AppliedCommand delete = executor.apply(new EngineCommand.DeleteScript("a.wasm"));
        assertThat(store.readBytes("a.wasm")).isEmpty();
        assertThat(delete.inverse()).isEqualTo(new EngineCommand.WriteScriptBytes("a.wasm", MODULE));
        executor.apply(delete.inverse());
        assertThat(store.readBytes("a.wasm").orElseThrow()).isEqualTo(MODULE);
    }

    @Test
    void readingABinaryFileAsTextIsRefusedByName() {
        for (ScriptStore store : List.of(folder(), ScriptStore.inMemory())) {
            store.writeBytes("spin.wasm", MODULE);
            assertThatThrownBy(() -> store.read("spin.wasm"))
                    .isInstanceOf(ScriptStoreException.class)
                    .hasMessageContaining("spin.wasm")
                    .hasMessageContaining("not UTF-8 text");
        }
    }

    @Test
    void textIsItsUtf8BytesAndNotTheOtherWayRound() {
        ScriptStore store = ScriptStore.inMemory();
        store.write("é.lua", "-- é ✓\n");
        assertThat(store.readBytes("é.lua").orElseThrow()).isEqualTo("-- é ✓\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ScriptStore.text(MODULE)).isEmpty();
        // a UTF-8-encoded surrogate (CESU-8) is not well-formed: it must not be mistaken for text that round-trips
        assertThat(ScriptStore.text(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isEmpty();
    }

    @Test
    void theCommandIsBase64InJsonAndComparesByContent() {
        EngineCommand c = new EngineCommand.WriteScriptBytes("spin.wasm", MODULE);
        String json = AiJson.write(c);
        assertThat(json).contains("\"bytes\":\"AGFzbQEAAAD/\"");
        EngineCommand back = AiJson.read(json, EngineCommand.class);
        assertThat(back).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(((EngineCommand.WriteScriptBytes) back).bytes()).isEqualTo(MODULE);
        assertThat(CommandText.describe(c)).isEqualTo("WriteScriptBytes spin.wasm (9 bytes)");
    }

    @Test
    void theCommandKeepsItsOwnCopyOfTheBytes() {
        byte[] bytes = MODULE.clone();
        EngineCommand.WriteScriptBytes c = new EngineCommand.WriteScriptBytes("spin.wasm", bytes);
        bytes[0] = 42;
        c.bytes()[1] = 42;
        assertThat(c.bytes()).isEqualTo(MODULE);
    }
}
