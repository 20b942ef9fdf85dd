package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.param.NumberParamSpec;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.transform.BuiltinTransformation;
import dev.luminara.lunyscript.transform.ToVector;
import dev.luminara.lunyscript.transform.Transformation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Compiles a binding's call into one method handle of {@link CompiledCall#TYPE}: each argument's validation (a number
 * parameter without transforms is checked and clamped as a primitive, never boxed), its transforms and its coercion
 * to the target's type, the engine-side extras, the receiver lookup and the target, in the order {@link ApiBinding}'s
 * plain path runs them (arguments first to last, extras, receiver). Exceptions of the target itself come out as
 * {@link TargetFailure} so the caller can word them as the plain path does.
 *
 * <p>Bindings with a verb transform that changes the number of arguments (a Lua function, {@code ToVector3}) are not
 * compiled: they keep the plain path.
 */
final class CallChain {
    /** What the target threw; stackless, unwrapped at once by {@link ApiBinding}. */
    static final class TargetFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TargetFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    private static final MethodHandle PROCESS;
    private static final MethodHandle PROCESS_NUMBER;
    private static final MethodHandle APPLY;
    private static final MethodHandle COERCE;
    private static final MethodHandle SELF;
    private static final MethodHandle COMPONENT;
    private static final MethodHandle FAIL;
    private static final MethodHandle ROUND_INT;
    private static final MethodHandle ROUND_LONG;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            MethodType objToObj = MethodType.methodType(Object.class, Object.class);
            PROCESS = l.findVirtual(
                    ParamSpec.class, "process", MethodType.methodType(Object.class, String.class, Object.class));
            PROCESS_NUMBER = l.findVirtual(
                    NumberParamSpec.class,
                    "processNumber",
                    MethodType.methodType(double.class, String.class, Object.class));
            APPLY = l.findVirtual(Transformation.class, "apply", objToObj);
            COERCE = l.findVirtual(Coercion.class, "apply", objToObj);
            SELF = l.findStatic(
                    Receivers.class,
                    "self",
                    MethodType.methodType(Object.class, LunyObject.class, Class.class, String.class));
            COMPONENT = l.findStatic(
                    Receivers.class,
                    "component",
                    MethodType.methodType(
                            Object.class, EngineAdapter.class, LunyObject.class, Class.class, String.class));
            FAIL = l.findStatic(CallChain.class, "fail", MethodType.methodType(Object.class, Throwable.class));
            ROUND_INT = l.findStatic(CallChain.class, "roundInt", MethodType.methodType(int.class, double.class));
            ROUND_LONG = l.findStatic(Math.class, "round", MethodType.methodType(long.class, double.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CallChain() {}

    /** The parts of one binding, as {@link BindingBuilder} resolved them. */
    record Parts(
            String name,
            EngineAdapter adapter,
            Class<?> objectType,
            ResolvedTarget target,
            boolean returnsValue,
            ParamSpec[] specs,
            Transformation[] paramTransforms,
            ParamSpec[] extras,
            Transformation[] extraTransforms,
            Transformation verbTransform) {}

    /** The target unreflected: {@code (receiver, params...)} for instance members, {@code (params...)} for static ones. */
    static MethodHandle raw(ResolvedTarget target) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        if (!target.isField()) return lookup.unreflect(target.method());
        return target.isFieldWrite() ? lookup.unreflectSetter(target.field()) : lookup.unreflectGetter(target.field());
    }

    /** Whether {@link #compile} handles the binding. */
    static boolean compilable(Parts p) {
        int inputs = p.specs().length + p.extras().length;
        int n = p.target().parameterTypes().size();
        Transformation v = p.verbTransform();
        if (v == null) return inputs == n;
        if (xyz(p)) return true;
        // A one-in, one-out built-in transform is the same as a per-argument one; anything else keeps the plain path.
        return v instanceof BuiltinTransformation
                && v.inputArity() == 1
                && v.outputArity(1) == 1
                && inputs == 1
                && n == 1;
    }

    /** {@code ToVector3} of three plain numbers into a one-parameter target: compiled onto the vector's constructor. */
    private static boolean xyz(Parts p) {
        if (!(p.verbTransform() instanceof ToVector t) || t.axis() != ToVector.Axis.XYZ) return false;
        if (p.extras().length != 0
                || p.specs().length != 3
                || p.target().parameterTypes().size() != 1) return false;
        for (int i = 0; i < 3; i++) {
            if (!(p.specs()[i] instanceof NumberParamSpec) || p.paramTransforms()[i] != null) return false;
        }
        return true;
    }

    /** The binding's compiled call, or null when it is not {@link #compilable} or its target is not accessible. */
    static CompiledCall compile(Parts p) {
        if (!compilable(p)) return null;
        try {
            return CompiledCall.of(chain(p, raw(p.target())));
        } catch (IllegalAccessException e) {
            return null; // the plain path reports it when called
        }
    }

    /**
     * The chain of {@link CompiledCall#TYPE} over {@code raw}, the unreflected target ({@code (receiver, params...)}
     * for instance members, {@code (params...)} for static ones).
     */
    static MethodHandle chain(Parts p, MethodHandle raw) {
        List<Class<?>> types = p.target().parameterTypes();
        int n = types.size();
        int k = p.specs().length;
        boolean isStatic = p.target().strategy() == BindingStrategy.STATIC;
        int first = isStatic ? 0 : 1;

        // The region whose exceptions are the target's: coercions into the target's types, then the target.
        MethodHandle region = raw;
        for (int i = 0; i < n && !xyz(p); i++) {
            MethodHandle conv = fastNumber(p, i)
                    ? numberConversion(types.get(i))
                    : COERCE.bindTo(Coercion.forType(types.get(i)))
                            .asType(MethodType.methodType(types.get(i), Object.class));
            if (conv != null) region = MethodHandles.filterArguments(region, first + i, conv);
        }
        region = p.returnsValue()
                ? region.asType(region.type().changeReturnType(Object.class))
                : region.asType(region.type().changeReturnType(void.class))
                        .asType(region.type().changeReturnType(Object.class));
        MethodHandle handler =
                MethodHandles.dropArguments(FAIL, 1, region.type().parameterList());
        MethodHandle chain = MethodHandles.catchException(region, Throwable.class, handler);

        // Filters applied later run earlier: receiver first (runs last), then extras and arguments from last to first.
        if (isStatic) {
            chain = MethodHandles.dropArguments(chain, 0, LunyObject.class);
        } else {
            MethodHandle receiver = p.target().strategy() == BindingStrategy.COMPONENT
                    ? MethodHandles.insertArguments(
                            MethodHandles.insertArguments(COMPONENT, 0, p.adapter()),
                            1,
                            p.target().type(),
                            p.name())
                    : MethodHandles.insertArguments(SELF, 1, p.objectType(), p.name());
            chain = MethodHandles.filterArguments(
                    chain, 0, receiver.asType(MethodType.methodType(chain.type().parameterType(0), LunyObject.class)));
        }
        if (xyz(p)) {
            MethodHandle make = ((ToVector) p.verbTransform())
                    .constructor()
                    .asType(MethodType.methodType(types.get(0), float.class, float.class, float.class));
            chain = MethodHandles.collectArguments(chain, 1, make);
            for (int i = 2; i >= 0; i--) {
                chain = MethodHandles.filterArguments(chain, 1 + i, numberConversion(float.class));
            }
        }
        for (int i = n - 1; i >= k; i--) {
            MethodHandle extra = MethodHandles.insertArguments(PROCESS, 0, p.extras()[i - k], p.name(), null);
            extra = transformed(extra, p.extraTransforms()[i - k], p.verbTransform());
            chain = MethodHandles.collectArguments(chain, 1 + i, extra);
        }
        for (int i = k - 1; i >= 0; i--) {
            MethodHandle arg = fastNumber(p, i) || xyz(p)
                    ? MethodHandles.insertArguments(PROCESS_NUMBER, 0, p.specs()[i], p.name())
                    : transformed(
                            MethodHandles.insertArguments(PROCESS, 0, p.specs()[i], p.name()),
                            p.paramTransforms()[i],
                            p.verbTransform());
            chain = MethodHandles.filterArguments(chain, 1 + i, arg);
        }
        return chain.asSpreader(Object[].class, k).asType(CompiledCall.TYPE);
    }

    /** A number argument straight into a primitive number parameter: validated and converted without boxing. */
    private static boolean fastNumber(Parts p, int i) {
        if (i >= p.specs().length || !(p.specs()[i] instanceof NumberParamSpec)) return false;
        if (p.paramTransforms()[i] != null || p.verbTransform() != null) return false;
        Class<?> t = p.target().parameterTypes().get(i);
        return t == float.class || t == double.class || t == int.class || t == long.class;
    }

    /** {@code double} to the parameter's type as {@link Coercion} converts it; null for {@code double} itself. */
    private static MethodHandle numberConversion(Class<?> type) {
        if (type == float.class) {
            return MethodHandles.explicitCastArguments(
                    MethodHandles.identity(double.class), MethodType.methodType(float.class, double.class));
        }
        if (type == int.class) return ROUND_INT;
        if (type == long.class) return ROUND_LONG;
        return null;
    }

    private static MethodHandle transformed(MethodHandle value, Transformation param, Transformation verb) {
        if (param != null) value = MethodHandles.filterReturnValue(value, APPLY.bindTo(param));
        if (verb != null) value = MethodHandles.filterReturnValue(value, APPLY.bindTo(verb));
        return value;
    }

    @SuppressWarnings("unused") // called through FAIL
    private static Object fail(Throwable t) {
        throw new TargetFailure(t);
    }

    @SuppressWarnings("unused") // called through ROUND_INT
    private static int roundInt(double v) {
        return (int) Math.round(v);
    }
}
