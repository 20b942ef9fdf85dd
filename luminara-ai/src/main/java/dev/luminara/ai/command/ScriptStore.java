package dev.luminara.ai.command;

import java.util.Optional;

/**
 * Where script commands read and write sources: the project's script folder, or memory in tests. Paths are relative
 * to the script folder, with forward slashes ({@code patrol.lua}), exactly as a {@code Script} component names them.
 */
public interface ScriptStore {
    /** The file's text, or empty when there is no such file. */
    Optional<String> read(String path);

    /** Creates or replaces the file, atomically: a reader sees the old text or the new, never a mix. */
    void write(String path, String source);

    /** Deletes the file; deleting a missing file is not an error. */
    void delete(String path);

    /** A store kept in memory, for worlds without a project folder and for tests. */
    static ScriptStore inMemory() {
        return new MemoryScriptStore();
    }

    /** A store for a world without a project: every script command is refused with a clear message. */
    static ScriptStore none() {
        return NoScriptStore.INSTANCE;
    }
}
