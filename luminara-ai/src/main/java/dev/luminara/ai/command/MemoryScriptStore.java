package dev.luminara.ai.command;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Scripts held in a map; paths are checked like a folder store's so that tests meet the same rules. */
final class MemoryScriptStore implements ScriptStore {
    private final Map<String, String> files = new TreeMap<>();

    @Override
    public synchronized Optional<String> read(String path) {
        return Optional.ofNullable(files.get(ScriptPaths.check(path)));
    }

    @Override
    public synchronized void write(String path, String source) {
        files.put(ScriptPaths.check(path), source);
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
