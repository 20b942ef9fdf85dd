package dev.luminara.verify;

import dev.luminara.core.CoreException;

/**
 * Root of the verifier's errors: the submission or the call was wrong (a verification that merely fails is a
 * {@link VerificationResult} with {@code passed == false}, not an exception). Subclasses say what a caller can do.
 */
public class VerifyException extends CoreException {
    public VerifyException(String message) {
        super(message);
    }

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
