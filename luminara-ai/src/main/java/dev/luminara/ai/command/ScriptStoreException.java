package dev.luminara.ai.command;

import dev.luminara.ai.AiException;

/** A script path that is not allowed (outside the script folder, say) or a file that could not be read or written. */
public final class ScriptStoreException extends AiException {
    private final String path;

    public ScriptStoreException(String path, String message) {
        this(path, message, null);
    }

    public ScriptStoreException(String path, String message, Throwable cause) {
        super("script " + path + ": " + message, cause);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
