package dev.luminara.verify;

/** An entity the submission names to attach the script to is not in the world (or not clearly one entity). */
public final class UnresolvedTargetException extends VerifyException {
    public UnresolvedTargetException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnresolvedTargetException(String message) {
        super(message);
    }
}
