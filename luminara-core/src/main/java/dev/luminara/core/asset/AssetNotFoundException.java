package dev.luminara.core.asset;

/** An asset path that names no file under the asset root. */
public final class AssetNotFoundException extends AssetException {
    private final String path;

    public AssetNotFoundException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The asset path that was asked for, relative to the root. */
    public String path() {
        return path;
    }
}
