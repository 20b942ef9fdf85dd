package dev.luminara.script.wasm.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.luminara.core.Entity;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.TypedImplementation;

/**
 * Host functions for the API's typed entry points ({@link TypedImplementation}): the raw WASM values go straight to
 * {@link ScriptEnvironment#invokeReadVec3} / {@link ScriptEnvironment#invokeWriteVec3} (counted and checked like every
 * call) with no script values or argument lists in between. The ABI is {@link WasmAbi}'s, so a module cannot tell.
 */
final class WasmTypedCalls {
    private WasmTypedCalls() {}

    /** The host function for {@code binding} through its typed entry point, or null when it has none. */
    static HostFunction of(String module, ApiBinding binding, FunctionType type, ScriptEnvironment env) {
        TypedImplementation typed = binding.function().typed();
        String name = binding.qualifiedName();
        if (typed instanceof TypedImplementation.ReadVec3) {
            EntityBits entities = new EntityBits();
            float[] out = new float[3];
            // (i64 entity, i32 outPtr): x, y, z written as three f32
            return new HostFunction(module, name, type, (inst, args) -> {
                env.invokeReadVec3(binding, entities.decode(args[0]), out);
                Memory m = inst.memory();
                int at = (int) args[1];
                m.writeF32(at, out[0]);
                m.writeF32(at + 4, out[1]);
                m.writeF32(at + 8, out[2]);
                return null;
            });
        }
        if (typed instanceof TypedImplementation.WriteVec3) {
            EntityBits entities = new EntityBits();
            // (i64 entity, f32 x, f32 y, f32 z)
            return new HostFunction(module, name, type, (inst, args) -> {
                env.invokeWriteVec3(
                        binding,
                        entities.decode(args[0]),
                        Float.intBitsToFloat((int) args[1]),
                        Float.intBitsToFloat((int) args[2]),
                        Float.intBitsToFloat((int) args[3]));
                return null;
            });
        }
        return null;
    }

    /** i64 entity bits to an entity (null for -1, nil), reusing the last one: a module passes its own again and again. */
    private static final class EntityBits {
        private Entity last;

        Entity decode(long bits) {
            if (bits == -1) return null;
            Entity e = last;
            if (e != null && e.toBits() == bits) return e;
            return last = Entity.fromBits(bits);
        }
    }
}
