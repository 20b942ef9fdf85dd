package dev.luminara.lunyscript;

/**
 * The seam between LunyScript and one engine. Bindings are resolved against {@link #objectType()}: an instance member
 * of that type (or a supertype) is a Member binding, a static member a Static binding, and an instance member of any
 * other type a Component binding, whose receiver {@link #component} looks up on the object.
 */
public interface EngineAdapter {
    EngineInfo info();

    /** The class of the native objects scripts act on ({@code Spatial}, {@code EntityHandle}). */
    Class<?> objectType();

    /** The component of {@code type} on a native object, or null when the object has none. */
    Object component(Object nativeObject, Class<?> type);

    /** What an object lacks when {@link #component} gives null, in the engine's own terms ("an AudioSource"). */
    default String missing(Class<?> type) {
        return type.getSimpleName();
    }

    /** Resolves an asset name ({@code LookupAsset}) to what a target of {@code type} takes; by default the name. */
    default Object lookupAsset(String name, Class<?> type) {
        return name;
    }

    /** Resolves an object name ({@code LookupObject}) to a native object, or null when there is none. */
    default Object lookupObject(String name) {
        return null;
    }
}
