package dev.luminara.ai.command;

import java.util.Locale;

/**
 * The rules every script path follows: relative to the project's script folder (as the scripting layer's {@code
 * Script} component names it, e.g. {@code patrol.lua} or {@code enemies/patrol.lua}), forward slashes, no {@code ..},
 * a .lua, .wasm or .wat extension.
 */
final class ScriptPaths {
    private ScriptPaths() {}

    /** Returns the path unchanged when it is allowed, else throws saying why. */
    static String check(String path) {
        if (path == null || path.isBlank()) {
            throw new ScriptStoreException(String.valueOf(path), "a script path must not be empty");
        }
        if (path.contains("\\") || path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new ScriptStoreException(
                    path, "must be relative to the script folder with forward slashes, like enemies/patrol.lua");
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new ScriptStoreException(path, "must not contain empty, '.' or '..' segments");
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".lua") || lower.endsWith(".wat") || lower.endsWith(".wasm"))) {
            throw new ScriptStoreException(path, "expected a .lua, .wat or .wasm file");
        }
        return path;
    }
}
