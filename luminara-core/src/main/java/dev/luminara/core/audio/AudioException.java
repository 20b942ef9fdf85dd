package dev.luminara.core.audio;

import dev.luminara.core.CoreException;

/** Audio that cannot be played or recorded: an unknown clip, a bad tone, a volume out of range, an unwritable file. */
public final class AudioException extends CoreException {
    public AudioException(String message) {
        super(message);
    }

    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
