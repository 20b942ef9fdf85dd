package dev.luminara.lunyscript.transform;

import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.VerbCallException;

/** {@code LookupObject}: an object name to the native object of that name, through the adapter. */
public record LookupObject(EngineAdapter adapter) implements BuiltinTransformation {
    @Override
    public Object apply(Object value) {
        String name = String.valueOf(value);
        Object found = adapter.lookupObject(name);
        if (found == null) {
            throw new VerbCallException("LookupObject: no object named '" + name + "' in "
                    + adapter.info().name());
        }
        return found;
    }

    @Override
    public String describe() {
        return "LookupObject";
    }
}
