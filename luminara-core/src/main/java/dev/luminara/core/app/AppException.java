package dev.luminara.core.app;

import dev.luminara.core.CoreException;

/** A mis-assembled app: a duplicate system name, a plugin added twice, a bad tick rate. */
public final class AppException extends CoreException {
    public AppException(String message) {
        super(message);
    }
}
