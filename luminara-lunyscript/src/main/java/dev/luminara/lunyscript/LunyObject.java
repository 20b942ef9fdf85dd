package dev.luminara.lunyscript;

/**
 * The engine-agnostic handle a script acts on: a Luminara entity, a jMonkeyEngine spatial. Verbs receive it; bindings
 * reach the native object through {@link #nativeObject()}.
 */
public interface LunyObject extends NativeObjectProxy {
    /** A human-readable name for logs, traces and errors. */
    String name();

    /** False once the object was destroyed; scripts of a dead object stop running. */
    boolean isAlive();

    /** Disabled objects keep their state but their scripts do not update. */
    boolean isEnabled();
}
