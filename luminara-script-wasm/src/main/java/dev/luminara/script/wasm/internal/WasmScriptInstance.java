package dev.luminara.script.wasm.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Memory;
import dev.luminara.script.CompiledScript;
import dev.luminara.script.ScriptContext;
import dev.luminara.script.ScriptJson;
import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptRuntimeException;
import dev.luminara.script.ScriptValue;
import java.nio.charset.StandardCharsets;

/**
 * A WASM script on one entity: its hooks are the module's exports, called with the entity id. {@code on_update(i64
 * entity, f64 dt)}, {@code on_start/on_destroy(i64)}, {@code on_message(i64 self, i64 from, i32 ptr, i32 len)} with
 * {@code {"name":…, "payload":…}} JSON, {@code on_save(i64) -> i64} returning {@code ptr << 32 | len} of JSON, and
 * {@code on_restore(i64, i32 ptr, i32 len)}; the host writes JSON into memory from the module's {@code alloc(i32) -> i32}.
 */
final class WasmScriptInstance extends dev.luminara.script.ScriptInstance {
    private final WasmCompiledScript script;
    private final long entityBits;
    // on_update, every frame: one argument array and one body for the instance's life instead of one of each per call
    // (Chicory only reads the arguments; hooks of one instance never nest)
    private final long[] updateArgs;
    private final java.util.function.Supplier<ScriptValue> update = this::runUpdate;

    WasmScriptInstance(ScriptContext context, WasmCompiledScript script) {
        super(context, script.session.environment());
        this.script = script;
        this.entityBits = context.entity().toBits();
        this.updateArgs = new long[] {entityBits, 0};
    }

    private ScriptValue runUpdate() {
        script.export(ON_UPDATE).apply(updateArgs);
        return ScriptValue.NIL;
    }

    @Override
    public boolean defines(String hook) {
        return script.metadata().defines(hook);
    }

    @Override
    protected ScriptValue invoke(String hook, ScriptValue[] args) {
        if (ON_UPDATE.equals(hook)) {
            updateArgs[1] = Double.doubleToRawLongBits(((ScriptValue.Number) args[0]).value());
            return script.session.call(script.id.path(), context().sandbox(), script.budget, script.tier, update);
        }
        ExportFunction fn = script.export(hook);
        return script.session.call(script.id.path(), context().sandbox(), script.budget, script.tier, () -> {
            switch (hook) {
                case ON_UPDATE ->
                    fn.apply(entityBits, Double.doubleToRawLongBits(((ScriptValue.Number) args[0]).value()));
                case ON_MESSAGE -> {
                    String json =
                            ScriptJson.write(ScriptValue.map(java.util.Map.of("name", args[1], "payload", args[2])));
                    long[] buf = write(json);
                    fn.apply(
                            entityBits,
                            ((ScriptValue.EntityRef) args[0]).entity().toBits(),
                            buf[0],
                            buf[1]);
                }
                case ON_SAVE -> {
                    long packed = fn.apply(entityBits)[0];
                    int ptr = (int) (packed >>> 32);
                    int len = (int) packed;
                    return ScriptJson.read(new String(memory().readBytes(ptr, len), StandardCharsets.UTF_8));
                }
                case ON_RESTORE -> {
                    long[] buf = write(ScriptJson.write(args[0]));
                    fn.apply(entityBits, buf[0], buf[1]);
                }
                case ON_COLLISION, ON_TRIGGER ->
                    fn.apply(
                            entityBits,
                            args.length > 0 && args[0] instanceof ScriptValue.EntityRef e
                                    ? e.entity().toBits()
                                    : -1);
                default -> fn.apply(entityBits);
            }
            return ScriptValue.NIL;
        });
    }

    /** The module instance this entity's hooks run in. */
    com.dylibso.chicory.runtime.Instance module() {
        return script.instance;
    }

    private Memory memory() {
        return script.instance.memory();
    }

    private long[] write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ExportFunction alloc = script.instance.export("alloc");
        if (alloc == null) {
            throw new ScriptRuntimeException(
                    new ScriptLocation(script.id.path(), 0),
                    "the module must export alloc(i32) -> i32 to receive messages or restored state",
                    "",
                    null);
        }
        int ptr = (int) alloc.apply(bytes.length)[0];
        memory().write(ptr, bytes);
        return new long[] {ptr, bytes.length};
    }

    @Override
    public boolean preserveInto(CompiledScript next) {
        return false; // WASM state lives in linear memory; the host falls back to SaveRestore or Reset
    }
}
