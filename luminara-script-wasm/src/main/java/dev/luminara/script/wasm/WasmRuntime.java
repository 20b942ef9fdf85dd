package dev.luminara.script.wasm;

import dev.luminara.script.RuntimeSession;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptLanguage;
import dev.luminara.script.ScriptRuntime;
import dev.luminara.script.wasm.internal.WasmSession;

/**
 * WASM on Chicory 1.7.5: {@code COMPILED} through Chicory's compiler to JVM bytecode (time limit by interrupt),
 * {@code SANDBOXED} in its interpreter with an instruction budget. Imports are allowed only from module
 * {@code luminara} and only for registered API functions; linear memory is capped at {@code max_memory}. Found by
 * {@link java.util.ServiceLoader}.
 */
public final class WasmRuntime implements ScriptRuntime {
    @Override
    public ScriptLanguage language() {
        return ScriptLanguage.WASM;
    }

    @Override
    public RuntimeSession open(ScriptEnvironment environment) {
        return new WasmSession(environment);
    }
}
