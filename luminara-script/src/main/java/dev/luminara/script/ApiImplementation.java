package dev.luminara.script;

import java.util.List;

/** The Java side of an {@link ApiFunction}. Arguments arrive already checked against the parameters. */
@FunctionalInterface
public interface ApiImplementation {
    ScriptValue call(CallContext context, List<ScriptValue> args);
}
