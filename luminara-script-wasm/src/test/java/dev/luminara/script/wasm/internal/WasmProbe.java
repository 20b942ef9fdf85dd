package dev.luminara.script.wasm.internal;

import dev.luminara.core.Entity;
import dev.luminara.script.ScriptHost;

/** Reads a test module's exported {@code count()} through the live instance on an entity. */
public final class WasmProbe {
    private WasmProbe() {}

    public static int count(ScriptHost host, Entity entity) {
        WasmScriptInstance i = (WasmScriptInstance) host.instance(entity).orElseThrow();
        return (int) i.module().export("count").apply()[0];
    }
}
