package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.NativeObjectProxy;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Converts a transformed argument to the exact wrapper of the target parameter's type, so that the spread method
 * handle can unbox it: semantic numbers are doubles, engine members take floats or ints. Chosen once per argument at
 * load.
 */
enum Coercion {
    FLOAT {
        @Override
        Object apply(Object v) {
            return ((Number) v).floatValue();
        }
    },
    DOUBLE {
        @Override
        Object apply(Object v) {
            return ((Number) v).doubleValue();
        }
    },
    INT {
        @Override
        Object apply(Object v) {
            return (int) Math.round(((Number) v).doubleValue());
        }
    },
    LONG {
        @Override
        Object apply(Object v) {
            return Math.round(((Number) v).doubleValue());
        }
    },
    STRING {
        @Override
        Object apply(Object v) {
            return v == null ? null : v.toString();
        }
    },
    REFERENCE {
        @Override
        Object apply(Object v) {
            return v instanceof NativeObjectProxy p ? p.nativeObject() : v;
        }
    },
    /** Already converted inside the method handle ({@link #fusedFilter}). */
    NONE {
        @Override
        Object apply(Object v) {
            return v;
        }
    };

    private static final MethodHandle FLOAT_VALUE;
    private static final MethodHandle DOUBLE_VALUE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            FLOAT_VALUE = l.findVirtual(Number.class, "floatValue", MethodType.methodType(float.class));
            DOUBLE_VALUE = l.findVirtual(Number.class, "doubleValue", MethodType.methodType(double.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    abstract Object apply(Object value);

    /**
     * For primitive float and double parameters, a {@code Number → primitive} filter fused into the binding's method
     * handle, so the semantic double reaches the member without being boxed a second time; null for other types.
     */
    static MethodHandle fusedFilter(Class<?> type) {
        if (type == float.class) return FLOAT_VALUE;
        if (type == double.class) return DOUBLE_VALUE;
        return null;
    }

    /** The coercion left to do outside the method handle. */
    static Coercion outside(Class<?> type) {
        return fusedFilter(type) != null ? NONE : forType(type);
    }

    static Coercion forType(Class<?> type) {
        if (type == float.class || type == Float.class) return FLOAT;
        if (type == double.class || type == Double.class) return DOUBLE;
        if (type == int.class || type == Integer.class) return INT;
        if (type == long.class || type == Long.class) return LONG;
        if (type == String.class) return STRING;
        return REFERENCE;
    }

    static boolean isNumeric(Class<?> t) {
        return t == float.class
                || t == double.class
                || t == int.class
                || t == long.class
                || t == short.class
                || Number.class.isAssignableFrom(t);
    }

    /** Whether a value of semantic type {@code luaType} (or of Java type {@code produced}) can feed {@code target}. */
    static boolean compatible(String luaType, Class<?> produced, Class<?> target) {
        if (target == Object.class) return true;
        if (produced != null) {
            if (isNumeric(produced)) return isNumeric(target);
            return box(target).isAssignableFrom(box(produced));
        }
        switch (luaType) {
            case "number":
                return isNumeric(target);
            case "bool":
                return target == boolean.class || target == Boolean.class;
            case "string":
                return target == String.class || target == CharSequence.class;
            default:
                return !target.isPrimitive();
        }
    }

    static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) return t;
        if (t == boolean.class) return Boolean.class;
        if (t == float.class) return Float.class;
        if (t == double.class) return Double.class;
        if (t == int.class) return Integer.class;
        if (t == long.class) return Long.class;
        return t;
    }
}
