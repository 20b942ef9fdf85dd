package dev.luminara.ai.intent;

import dev.luminara.ai.AiException;

/** An intent that cannot be turned into commands for a reason other than an unresolved reference. */
public final class IntentException extends AiException {
    public IntentException(String message) {
        super(message);
    }
}
