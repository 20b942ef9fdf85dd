package dev.luminara.lunyscript.script;

/**
 * The reflective script API: any verb by name, dispatched through the context's {@link
 * dev.luminara.lunyscript.registry.ApiRegistry}. Generated domain classes ({@code Vehicle.setSpeed(50)}) are the typed
 * and faster way to the same verbs.
 */
public final class Api {
    private Api() {}

    /** A command verb: {@code Api.verb("Vehicle.SetSpeed", 50)}. */
    public static ScriptBlock verb(String name, Object... args) {
        return new GenericApiBlock(name, args);
    }

    /** A query verb: {@code Api.query("Vehicle.GetSpeed").above(10)}. */
    public static ValueBlock<Object> query(String name, Object... args) {
        return new GenericApiBlock(name, args)::evaluate;
    }
}
