package dev.luminara.core.asset;

/** A file that exists but could not be loaded as the asked-for type: no loader for it, or content the loader refused. */
public final class AssetLoadException extends AssetException {
    private final String path;

    public AssetLoadException(String path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The asset path, relative to the root. */
    public String path() {
        return path;
    }
}
