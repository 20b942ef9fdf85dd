package dev.luminara.script;

/**
 * How a script's code runs. The tier is the host's decision (by trust), never the script's or the scene's: an agent
 * that attaches a {@code Script} component cannot ask for a tier.
 */
public enum ExecutionTier {
    /**
     * Interpreted with every limit enforced: instruction counting, time, memory, API and spawn budgets. For untrusted
     * and AI-generated code; the default.
     */
    SANDBOXED,
    /**
     * Interpreted without the instruction hook: trusted code on the interpreter (Lua: LuaJ's interpreter with no
     * debuglib; WASM: Chicory's interpreter with no listener). API and spawn budgets and the memory cap (WASM) still
     * apply; runaway loops are not stopped. Mostly the yardstick the sandbox's overhead is measured against.
     */
    INTERPRETED,
    /**
     * Compiled to JVM bytecode. Lua: LuaJC, which ignores instruction hooks and interrupts, so only for trusted
     * project scripts (API and spawn budgets still apply). WASM: Chicory's compiler, which honours interrupts and the
     * memory cap, so time and memory limits still hold; only the instruction budget is not counted.
     */
    COMPILED
}
