package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.VerbCallException;

/**
 * Finds the receiver of a verb call, by strategy, with the same checks and messages on the reflective and the
 * generated path: the object must be alive and of the engine's object type, a component must be present.
 */
public final class Receivers {
    private Receivers() {}

    /** The native object itself (Member strategy). */
    public static <T> T self(LunyObject object, Class<T> type, String verb) {
        Object nativeObject = alive(object, verb).nativeObject();
        if (!type.isInstance(nativeObject)) {
            throw new VerbCallException(verb + ": object '" + object.name() + "' is a "
                    + nativeObject.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(nativeObject);
    }

    /** A component of the object, looked up through the adapter (Component strategy). */
    public static <T> T component(EngineAdapter adapter, LunyObject object, Class<T> type, String verb) {
        Object component = adapter.component(alive(object, verb).nativeObject(), type);
        if (component == null) {
            throw new VerbCallException(verb + ": object '" + object.name() + "' has no " + adapter.missing(type));
        }
        return type.cast(component);
    }

    private static LunyObject alive(LunyObject object, String verb) {
        if (object == null) throw new VerbCallException(verb + " needs an object to act on, got none");
        if (!object.isAlive()) throw new VerbCallException(verb + ": object '" + object.name() + "' was destroyed");
        return object;
    }
}
