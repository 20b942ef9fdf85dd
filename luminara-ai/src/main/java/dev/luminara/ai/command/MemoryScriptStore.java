package dev.luminara.ai.command;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Scripts held in a map; paths are checked like a folder store's so that tests meet the same rules. */
final class MemoryScriptStore implements ScriptStore {
    private final Map<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized Optional<byte[]> readBytes(String path) {
        byte[] content = files.get(ScriptPaths.check(path));
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    @Override
    public synchronized void writeBytes(String path, byte[] content) {
        files.put(ScriptPaths.check(path), content.clone());
    }

    @Override
    public synchronized void delete(String path) {
        files.remove(ScriptPaths.check(path));
    }

    @Override
    public synchronized String toString() {
        return "memory scripts " + files.keySet();
    }
}
