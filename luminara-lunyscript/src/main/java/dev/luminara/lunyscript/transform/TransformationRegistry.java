package dev.luminara.lunyscript.transform;

import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.descriptor.LuaTransform;
import dev.luminara.lunyscript.descriptor.NamedTransform;
import dev.luminara.lunyscript.descriptor.Origin;
import dev.luminara.lunyscript.descriptor.TransformDef;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Transformations by name. {@link #withBuiltIns()} has the seed's set: Scale, Clamp, Normalize, ToVector3Forward,
 * ToVector3Up, ToVector3, LookupAsset, LookupObject; games register their own with {@link #register}.
 */
public final class TransformationRegistry {
    private final Map<String, TransformationFactory> factories = new TreeMap<>();

    public static TransformationRegistry withBuiltIns() {
        TransformationRegistry r = new TransformationRegistry();
        r.register("Scale", (s, t) -> new Scale(required(s, "factor")));
        r.register("Clamp", (s, t) -> new Clamp(required(s, "min"), required(s, "max")));
        r.register("Normalize", (s, t) -> new Normalize(s.number("min", 0), s.number("max", 1)));
        r.register("ToVector3Forward", (s, t) -> vector(ToVector.Axis.FORWARD, s, t));
        r.register("ToVector3Up", (s, t) -> vector(ToVector.Axis.UP, s, t));
        r.register("ToVector3", new TransformationFactory() {
            @Override
            public Transformation create(NamedTransform s, TransformTarget t) {
                return vector(ToVector.Axis.XYZ, s, t);
            }

            @Override
            public int outputArity(int inputs) {
                return 1;
            }
        });
        r.register("LookupAsset", (s, t) -> new LookupAsset(t.adapter(), t.type()));
        r.register("LookupObject", (s, t) -> new LookupObject(t.adapter()));
        return r;
    }

    public TransformationRegistry register(String name, TransformationFactory factory) {
        factories.put(name, factory);
        return this;
    }

    public Set<String> names() {
        return factories.keySet();
    }

    /** Fails (naming the descriptor key) when the name is unknown. */
    public TransformationFactory factory(NamedTransform def) {
        TransformationFactory f = factories.get(def.name());
        if (f == null) {
            throw error(
                    def.origin(),
                    "unknown transform '" + def.name() + "'" + Suggest.didYouMean(def.name(), names()) + " (known: "
                            + String.join(", ", names()) + ")");
        }
        return f;
    }

    /** How many target arguments a transform makes from {@code inputs} (-1: unknown before a run). */
    public int outputArity(TransformDef def, int inputs) {
        if (def == null) return inputs;
        if (def instanceof LuaTransform) return -1;
        if (def instanceof NamedTransform n) return factory(n).outputArity(inputs);
        throw new IllegalStateException("unhandled transform " + def);
    }

    public Transformation create(TransformDef def, TransformTarget target) {
        if (def instanceof LuaTransform lua) {
            return new LuaFunctionTransformation(lua.function(), lua.origin());
        }
        if (def instanceof NamedTransform n) {
            try {
                return factory(n).create(n, target);
            } catch (IllegalArgumentException e) {
                throw error(def.origin(), e.getMessage());
            }
        }
        throw new IllegalStateException("unhandled transform " + def);
    }

    private static double required(NamedTransform s, String key) {
        Object v = s.config().get(key);
        if (!(v instanceof Number n)) {
            throw error(s.origin().child(key), s.name() + " needs a number '" + key + "'");
        }
        return n.doubleValue();
    }

    private static ToVector vector(ToVector.Axis axis, NamedTransform s, TransformTarget t) {
        Class<?> type = t.type();
        if (type == null || type.isPrimitive()) {
            throw error(
                    s.origin(),
                    s.name() + " needs a vector-typed target argument, got "
                            + (type == null ? "none" : type.getName()));
        }
        try {
            MethodHandle ctor = MethodHandles.publicLookup()
                    .findConstructor(type, MethodType.methodType(void.class, float.class, float.class, float.class))
                    .asType(MethodType.methodType(Object.class, float.class, float.class, float.class));
            return new ToVector(axis, type, ctor);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw error(
                    s.origin(),
                    s.name() + ": target type " + type.getName() + " has no public (float, float, float) constructor");
        }
    }

    static DescriptorException error(Origin at, String message) {
        return new DescriptorException(at.file(), at.keyPath(), message);
    }
}
