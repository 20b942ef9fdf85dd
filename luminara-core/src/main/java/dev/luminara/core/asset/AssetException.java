package dev.luminara.core.asset;

import dev.luminara.core.CoreException;

/**
 * Root of the asset subsystem's errors: a file that cannot be watched, found or loaded. Messages name the file (its
 * path relative to the asset root where there is one).
 */
public class AssetException extends CoreException {
    public AssetException(String message) {
        super(message);
    }

    public AssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
