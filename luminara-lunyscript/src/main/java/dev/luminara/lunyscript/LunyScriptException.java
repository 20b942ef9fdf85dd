package dev.luminara.lunyscript;

/** Root of every error LunyScript reports. Subclasses say what a caller can do about it. */
public class LunyScriptException extends RuntimeException {
    public LunyScriptException(String message) {
        super(message);
    }

    public LunyScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
