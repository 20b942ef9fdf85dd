package dev.luminara.lunyscript.registry;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * An instance method bound through {@link LambdaMetafactory}: the JDK spins a small class that calls the method
 * directly, which the JIT can inline, instead of going through a non-constant method handle on every call. Instance
 * methods with up to four parameters qualify; static methods, fields and larger arities keep the method-handle path.
 * Arguments must arrive as the exact wrappers of the parameter types.
 */
abstract class DirectInvoker {
    interface R0 {
        Object call(Object r);
    }

    interface R1 {
        Object call(Object r, Object a);
    }

    interface R2 {
        Object call(Object r, Object a, Object b);
    }

    interface R3 {
        Object call(Object r, Object a, Object b, Object c);
    }

    interface R4 {
        Object call(Object r, Object a, Object b, Object c, Object d);
    }

    interface V0 {
        void call(Object r);
    }

    interface V1 {
        void call(Object r, Object a);
    }

    interface V2 {
        void call(Object r, Object a, Object b);
    }

    interface V3 {
        void call(Object r, Object a, Object b, Object c);
    }

    interface V4 {
        void call(Object r, Object a, Object b, Object c, Object d);
    }

    private static final Class<?>[] RETURNING = {R0.class, R1.class, R2.class, R3.class, R4.class};
    private static final Class<?>[] VOID = {V0.class, V1.class, V2.class, V3.class, V4.class};

    abstract Object invoke(Object receiver, Object[] args);

    /** A direct invoker for {@code method}, or null when it does not qualify or the JDK refuses to bind it. */
    static DirectInvoker of(Method method) {
        int n = method.getParameterCount();
        if (n >= RETURNING.length || Modifier.isStatic(method.getModifiers())) return null;
        boolean isVoid = method.getReturnType() == void.class;
        Class<?>[] params = new Class<?>[n + 1];
        params[0] = method.getDeclaringClass();
        for (int i = 0; i < n; i++) params[i + 1] = Coercion.box(method.getParameterTypes()[i]);
        Class<?> ret = isVoid ? void.class : Object.class;
        try {
            MethodHandle target = MethodHandles.publicLookup().unreflect(method);
            Object fn = LambdaMetafactory.metafactory(
                            MethodHandles.lookup(),
                            "call",
                            MethodType.methodType(isVoid ? VOID[n] : RETURNING[n]),
                            MethodType.genericMethodType(n + 1).changeReturnType(ret),
                            target,
                            MethodType.methodType(ret, params))
                    .getTarget()
                    .invoke();
            return isVoid ? voids(n, fn) : returning(n, fn);
        } catch (Throwable t) {
            return null;
        }
    }

    private static DirectInvoker returning(int n, Object fn) {
        switch (n) {
            case 0:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        return ((R0) fn).call(r);
                    }
                };
            case 1:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        return ((R1) fn).call(r, v[0]);
                    }
                };
            case 2:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        return ((R2) fn).call(r, v[0], v[1]);
                    }
                };
            case 3:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        return ((R3) fn).call(r, v[0], v[1], v[2]);
                    }
                };
            default:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        return ((R4) fn).call(r, v[0], v[1], v[2], v[3]);
                    }
                };
        }
    }

    private static DirectInvoker voids(int n, Object fn) {
        switch (n) {
            case 0:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        ((V0) fn).call(r);
                        return null;
                    }
                };
            case 1:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        ((V1) fn).call(r, v[0]);
                        return null;
                    }
                };
            case 2:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        ((V2) fn).call(r, v[0], v[1]);
                        return null;
                    }
                };
            case 3:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        ((V3) fn).call(r, v[0], v[1], v[2]);
                        return null;
                    }
                };
            default:
                return new DirectInvoker() {
                    Object invoke(Object r, Object[] v) {
                        ((V4) fn).call(r, v[0], v[1], v[2], v[3]);
                        return null;
                    }
                };
        }
    }
}
