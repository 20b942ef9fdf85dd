package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.VerbCallException;

/** Query results in their contract type: numbers as doubles, bools, strings. Shared by both paths. */
public final class Results {
    private Results() {}

    public static Object convert(String verb, String returns, Object value) {
        switch (returns) {
            case "number":
                if (value instanceof Number n) return n.doubleValue();
                break;
            case "bool":
                if (value instanceof Boolean) return value;
                break;
            case "string":
                return value == null ? "" : value.toString();
            default:
                return value;
        }
        throw new VerbCallException(verb + " must return a " + returns + ", the engine gave " + value);
    }
}
