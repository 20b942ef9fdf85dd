package dev.luminara.core.asset;

import java.util.Objects;

/**
 * A typed reference to an asset: its path relative to the asset root (normalised, {@code /}-separated, e.g.
 * {@code sounds/horn.wav}) and the type it loads as. A value: cheap to keep in components and compare; the asset itself
 * comes from {@link Assets#get}, which always returns the latest successfully loaded version.
 */
public record Handle<T>(String path, Class<T> type) {
    public Handle {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return path + " as " + type.getSimpleName();
    }
}
