package dev.luminara.core;

/** A resource was asked for that the world does not hold. */
public final class MissingResourceException extends CoreException {
    public MissingResourceException(Class<?> type) {
        super("no resource of type " + type.getSimpleName() + " in this world; insert it or add the plugin that does");
    }
}
