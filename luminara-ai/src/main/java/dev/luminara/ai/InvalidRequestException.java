package dev.luminara.ai;

/** A malformed intent, command or request (bad JSON, unknown type, missing field); nothing was changed. */
public final class InvalidRequestException extends AiException {
    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
