package dev.luminara.core;

/** Root of every error the engine core reports. Subclasses say what a caller can do about it. */
public class CoreException extends RuntimeException {
    public CoreException(String message) {
        super(message);
    }

    public CoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
