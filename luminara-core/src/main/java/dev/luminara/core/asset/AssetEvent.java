package dev.luminara.core.asset;

import java.util.Objects;

/**
 * What happened to a loaded asset when its file changed. After {@code RELOAD_FAILED} and {@code DELETED} the registry
 * keeps serving the last good version, so nothing that uses the asset breaks.
 *
 * @param error why a reload failed (the message names the file), or null
 */
public record AssetEvent(Handle<?> handle, Kind kind, String error) {
    public AssetEvent {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        RELOADED,
        RELOAD_FAILED,
        DELETED
    }
}
