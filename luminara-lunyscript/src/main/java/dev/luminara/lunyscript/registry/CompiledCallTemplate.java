package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.LunyObject;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The class {@link CompiledCall#of} defines once per binding as a hidden class; its class data is the binding's call
 * chain. Never loaded under this name (its initializer would fail: an ordinary class has no class data).
 */
final class CompiledCallTemplate extends CompiledCall {
    private static final MethodHandle CHAIN;

    static {
        try {
            CHAIN = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    Object call(LunyObject object, Object[] args) throws Throwable {
        return (Object) CHAIN.invokeExact(object, args);
    }
}
