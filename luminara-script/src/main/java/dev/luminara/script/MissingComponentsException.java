package dev.luminara.script;

import dev.luminara.core.Entity;
import java.util.List;

/** A script declared components its entity does not have; it is refused before {@code on_start}. */
public class MissingComponentsException extends ScriptException {
    private final List<String> missing;

    public MissingComponentsException(ScriptId script, Entity entity, List<String> missing) {
        super(script + " needs components " + String.join(", ", missing) + " that entity " + entity + " does not have");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
