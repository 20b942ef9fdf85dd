package dev.luminara.lunyscript.script;

/** One step of a script: a verb call, a sequence, a condition. Blocks are immutable; per-object state lives in the context. */
@FunctionalInterface
public interface ScriptBlock {
    void execute(ScriptContext context);
}
