package dev.luminara.verify;

/**
 * Applying cannot start: no timeline to record on, or a world that is not the game's. Nothing was changed.
 */
public final class ApplyRefusedException extends VerifyException {
    public ApplyRefusedException(String message) {
        super(message);
    }
}
