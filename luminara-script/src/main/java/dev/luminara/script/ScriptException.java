package dev.luminara.script;

/** Root of every error the scripting layer reports. Subclasses say what a caller can do about it. */
public class ScriptException extends RuntimeException {
    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
