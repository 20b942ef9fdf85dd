package dev.luminara.ai.command;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where script commands read and write sources: the project's script folder, or memory in tests. Paths are relative
 * to the script folder, with forward slashes ({@code patrol.lua}), exactly as a {@code Script} component names them.
 * A file is bytes: a Lua script is its UTF-8 text, a {@code .wasm} module its binary; the text methods are the byte
 * methods through strict UTF-8.
 */
public interface ScriptStore {
    /** The file's exact bytes, or empty when there is no such file. */
    Optional<byte[]> readBytes(String path);

    /** Creates or replaces the file with exactly {@code content}, atomically: a reader sees the old or the new. */
    void writeBytes(String path, byte[] content);

    /** Deletes the file; deleting a missing file is not an error. */
    void delete(String path);

    /**
     * The file's text, or empty when there is no such file.
     *
     * @throws ScriptStoreException when the file is not UTF-8 text (a WASM module, say: use {@link #readBytes})
     */
    default Optional<String> read(String path) {
        return readBytes(path).map(bytes -> text(bytes)
                .orElseThrow(() -> new ScriptStoreException(
                        path, "is not UTF-8 text (a binary file such as a .wasm module): read it as bytes")));
    }

    /** Creates or replaces the file with the UTF-8 bytes of {@code source}, atomically. */
    default void write(String path, String source) {
        writeBytes(path, source.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text {@code bytes} hold when they are well-formed UTF-8, else empty. Well-formed UTF-8 decodes and encodes
     * back to the same bytes, so a text command restores such a file exactly.
     */
    static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A store kept in memory, for worlds without a project folder and for tests. */
    static ScriptStore inMemory() {
        return new MemoryScriptStore();
    }

    /** A store for a world without a project: every script command is refused with a clear message. */
    static ScriptStore none() {
        return NoScriptStore.INSTANCE;
    }
}
