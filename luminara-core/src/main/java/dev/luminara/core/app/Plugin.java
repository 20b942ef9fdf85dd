package dev.luminara.core.app;

/** A bundle of systems and resources added to an app, as in Bevy. */
@FunctionalInterface
public interface Plugin {
    void build(AppBuilder app);

    /** A name for logs and error messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
