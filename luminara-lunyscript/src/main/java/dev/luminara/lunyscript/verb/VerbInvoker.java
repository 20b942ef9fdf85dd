package dev.luminara.lunyscript.verb;

import dev.luminara.lunyscript.script.ScriptContext;

/** Runs a verb on the context's object with arguments already processed by the verb's {@code ParamSpec}s. */
@FunctionalInterface
public interface VerbInvoker {
    Object invoke(ScriptContext context, Object[] args);
}
