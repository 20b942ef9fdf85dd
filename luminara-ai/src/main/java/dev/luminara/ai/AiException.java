package dev.luminara.ai;

import dev.luminara.core.CoreException;

/**
 * Root of every error the AI layer reports. It extends {@link CoreException} so that the CLI and tools print it the
 * same way as an engine error: one precise line naming the input that was wrong. Subclasses say what a caller can do.
 */
public class AiException extends CoreException {
    public AiException(String message) {
        super(message);
    }

    public AiException(String message, Throwable cause) {
        super(message, cause);
    }
}
