package dev.luminara.script;

import dev.luminara.core.Entity;

/**
 * A second, typed entry point to an {@link ApiFunction} for the hot shapes of the API, which runtimes may call instead
 * of {@link ApiImplementation} to skip the argument list and the value records. It is not a second definition: a
 * function built with one ({@link ApiFunction.Builder#readsVec3}, {@link ApiFunction.Builder#writesVec3}) derives its
 * {@link ApiImplementation} from it, and {@link ApiRegistry#invokeReadVec3} / {@link ApiRegistry#invokeWriteVec3} count
 * the call, check its arguments and report errors the way {@link ApiRegistry#invoke} does.
 */
public sealed interface TypedImplementation {
    /** {@code f(entity) -> vec3}: writes x, y, z into {@code out[0..2]}. */
    @FunctionalInterface
    non-sealed interface ReadVec3 extends TypedImplementation {
        void read(CallContext context, Entity entity, float[] out);
    }

    /** {@code f(entity, vec3) -> nil}. */
    @FunctionalInterface
    non-sealed interface WriteVec3 extends TypedImplementation {
        void write(CallContext context, Entity entity, float x, float y, float z);
    }
}
