package dev.luminara.ai.command;

import java.util.Optional;

/** The store of a world opened without a project folder: scripts have nowhere to live. */
final class NoScriptStore implements ScriptStore {
    static final NoScriptStore INSTANCE = new NoScriptStore();

    private NoScriptStore() {}

    @Override
    public Optional<byte[]> readBytes(String path) {
        throw refused(path);
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        throw refused(path);
    }

    @Override
    public void delete(String path) {
        throw refused(path);
    }

    private static ScriptStoreException refused(String path) {
        return new ScriptStoreException(path, "no project folder: open the world with a project to work on scripts");
    }
}
