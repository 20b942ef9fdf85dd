package dev.luminara.ai.project;

import dev.luminara.ai.AiException;

/** A project folder that cannot be used: no scene file or several, an unreadable configuration, a failed save. */
public final class ProjectException extends AiException {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
