package dev.luminara.ai.timeline;

import dev.luminara.ai.AiException;

/**
 * A timeline request that cannot be done (nothing to undo, an unknown branch or operation) or a store that cannot be
 * used (a corrupt file, a project held by another process). The world and the store are left as they were.
 */
public class TimelineException extends AiException {
    public TimelineException(String message) {
        super(message);
    }

    public TimelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
