package dev.luminara.verify;

/**
 * An applied script misbehaved and rolling it back failed too; the message names the operation, the reason for the
 * rollback and what went wrong, so the caller can undo by hand ({@code luminara timeline undo}).
 */
public final class RollbackFailedException extends VerifyException {
    public RollbackFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
