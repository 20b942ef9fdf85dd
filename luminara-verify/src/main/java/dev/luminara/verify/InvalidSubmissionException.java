package dev.luminara.verify;

/** The submission itself is malformed: no path, a path outside the script root, a language that does not fit. */
public final class InvalidSubmissionException extends VerifyException {
    public InvalidSubmissionException(String message) {
        super(message);
    }
}
