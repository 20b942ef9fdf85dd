package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.ArgumentException;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.VerbCallException;
import dev.luminara.lunyscript.descriptor.BindingDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.trace.TraceEvent;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.lunyscript.transform.Transformation;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One semantic bound to one engine: the parameter specs, the transforms, the resolved target and a method handle
 * built once at load. {@link #invoke} validates, transforms, finds the receiver by the binding's strategy and calls.
 */
public final class ApiBinding {
    static final int MAX_DIRECT_ARITY = 4;

    private final Semantic semantic;
    private final BindingDef def;
    private final EngineAdapter adapter;
    private final ResolvedTarget target;
    private final ParamSpec[] specs;
    private final Transformation[] paramTransforms;
    private final ParamSpec[] extras;
    private final Transformation[] extraTransforms;
    private final Transformation verbTransform;
    private final Coercion[] coercions;
    private final MethodHandle invoker;
    private final DirectInvoker direct;
    private final CompiledCall compiled;
    private final String name;
    private final Class<?> objectType;

    ApiBinding(
            Semantic semantic,
            BindingDef def,
            EngineAdapter adapter,
            ResolvedTarget target,
            List<ParamSpec> specs,
            List<Transformation> paramTransforms,
            List<ParamSpec> extras,
            List<Transformation> extraTransforms,
            Transformation verbTransform,
            MethodHandle invoker) {
        this.semantic = semantic;
        this.def = def;
        this.adapter = adapter;
        this.target = target;
        this.specs = specs.toArray(ParamSpec[]::new);
        this.paramTransforms = paramTransforms.toArray(Transformation[]::new);
        this.extras = extras.toArray(ParamSpec[]::new);
        this.extraTransforms = extraTransforms.toArray(Transformation[]::new);
        this.verbTransform = verbTransform;
        this.direct = target.isField() ? null : DirectInvoker.of(target.method());
        // The direct invoker takes exact wrappers (Float for float); the method handle converts numbers itself.
        this.coercions = target.parameterTypes().stream()
                .map(direct != null ? Coercion::forType : Coercion::outside)
                .toArray(Coercion[]::new);
        this.invoker = invoker;
        this.name = semantic.qualifiedName();
        this.objectType = adapter.objectType();
        this.compiled = CallChain.compile(new CallChain.Parts(
                name,
                adapter,
                objectType,
                target,
                semantic.returnsValue(),
                this.specs,
                this.paramTransforms,
                this.extras,
                this.extraTransforms,
                verbTransform));
    }

    /** Whether calls run the compiled chain ({@link CallChain}); false for bindings that keep the plain path. */
    public boolean isCompiled() {
        return compiled != null;
    }

    public Semantic semantic() {
        return semantic;
    }

    public String qualifiedName() {
        return name;
    }

    public BindingDef definition() {
        return def;
    }

    public String engine() {
        return adapter.info().name();
    }

    public BindingStrategy strategy() {
        return target.strategy();
    }

    public ResolvedTarget target() {
        return target;
    }

    public List<ParamSpec> paramSpecs() {
        return List.of(specs);
    }

    /** The per-parameter transform of semantic parameter {@code i}, or null. */
    public Transformation paramTransform(int i) {
        return paramTransforms[i];
    }

    /** Engine-side arguments the caller never passes (the seed's Honk clip), appended after the semantic ones. */
    public List<ParamSpec> extraParams() {
        return List.of(extras);
    }

    public Transformation extraTransform(int i) {
        return extraTransforms[i];
    }

    /** The verb-level transform, or null. */
    public Transformation verbTransform() {
        return verbTransform;
    }

    /** Every transform in the order it runs, described. */
    public List<String> transforms() {
        List<String> out = new ArrayList<>();
        for (Transformation t : paramTransforms) if (t != null) out.add(t.describe());
        for (Transformation t : extraTransforms) if (t != null) out.add(t.describe());
        if (verbTransform != null) out.add(verbTransform.describe());
        return out;
    }

    /** Calls the verb on {@code object}; returns the value of a query verb, else null. */
    public Object invoke(LunyObject object, Object... args) {
        return call(object, args, null);
    }

    /** {@link #invoke} on the plain path even when the binding is compiled: for tests comparing the two. */
    Object invokePlain(LunyObject object, Object... args) {
        return plainCall(object, args, null);
    }

    /** As {@link #invoke}, recording a trace event under {@code correlationId} when the tracer is on. */
    public Object invoke(LunyObject object, Tracer tracer, String correlationId, Object... args) {
        if (!tracer.enabled()) return call(object, args, null);
        Object[][] seen = new Object[1][];
        try {
            Object r = call(object, args, seen);
            tracer.record(event(object, correlationId, args, seen[0], r, null));
            return r;
        } catch (RuntimeException e) {
            tracer.record(event(object, correlationId, args, seen[0], null, e.getMessage()));
            throw e;
        }
    }

    private TraceEvent event(LunyObject o, String id, Object[] args, Object[] engineArgs, Object r, String error) {
        return new TraceEvent(
                id,
                engine(),
                "reflective",
                name,
                o == null ? "-" : o.name(),
                target.describe(),
                target.strategy().name(),
                target.choice().rule() + ", target '" + target.choice().target() + "'",
                transforms(),
                Arrays.asList(args),
                engineArgs == null ? List.of() : Arrays.asList(engineArgs),
                r,
                error);
    }

    private Object call(LunyObject object, Object[] args, Object[][] seen) {
        if (compiled == null || seen != null || args.length != specs.length) return plainCall(object, args, seen);
        Object result;
        try {
            result = compiled.call(object, args);
        } catch (CallChain.TargetFailure f) {
            throw targetFailure(object, f.getCause());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw targetFailure(object, t);
        }
        return semantic.returnsValue() ? Results.convert(name, semantic.returns(), result) : null;
    }

    private Object plainCall(LunyObject object, Object[] args, Object[][] seen) {
        if (args.length > specs.length) {
            throw new ArgumentException(
                    name,
                    specs.length == 0 ? "-" : specs[specs.length - 1].name(),
                    "takes " + specs.length + " argument(s), got " + args.length);
        }
        Object[] values = new Object[specs.length + extras.length];
        for (int i = 0; i < specs.length; i++) {
            Object v = specs[i].process(name, i < args.length ? args[i] : null);
            values[i] = paramTransforms[i] == null ? v : paramTransforms[i].apply(v);
        }
        for (int i = 0; i < extras.length; i++) {
            Object v = extras[i].process(name, null);
            values[specs.length + i] = extraTransforms[i] == null ? v : extraTransforms[i].apply(v);
        }
        if (verbTransform != null) values = verbTransform.applyAll(values);
        if (values.length != coercions.length) {
            throw new VerbCallException(name + ": transforms produced " + values.length + " argument(s) but "
                    + target.describe() + " takes " + coercions.length);
        }
        for (int i = 0; i < values.length; i++) values[i] = coercions[i].apply(values[i]);
        if (seen != null) seen[0] = values;
        Object receiver = receiver(object);
        Object result;
        try {
            result = invoke(receiver, values);
        } catch (Throwable t) {
            throw targetFailure(object, t);
        }
        return semantic.returnsValue() ? Results.convert(name, semantic.returns(), result) : null;
    }

    /** What the target threw, as the caller sees it: LunyScript's own errors as they are, the rest located. */
    private RuntimeException targetFailure(LunyObject object, Throwable t) {
        if (t instanceof LunyScriptException e) return e;
        if (t instanceof ClassCastException e) {
            return new VerbCallException(
                    name + " on " + object.name() + ": " + target.describe() + " refused an argument: "
                            + e.getMessage(),
                    e);
        }
        return new VerbCallException(name + " on " + object.name() + ": " + target.describe() + " threw " + t, t);
    }

    private Object invoke(Object receiver, Object[] v) throws Throwable {
        if (direct != null) return direct.invoke(receiver, v);
        switch (coercions.length > MAX_DIRECT_ARITY ? -1 : v.length) {
            case 0:
                return (Object) invoker.invokeExact(receiver);
            case 1:
                return (Object) invoker.invokeExact(receiver, v[0]);
            case 2:
                return (Object) invoker.invokeExact(receiver, v[0], v[1]);
            case 3:
                return (Object) invoker.invokeExact(receiver, v[0], v[1], v[2]);
            case 4:
                return (Object) invoker.invokeExact(receiver, v[0], v[1], v[2], v[3]);
            default:
                return (Object) invoker.invokeExact(receiver, v);
        }
    }

    private Object receiver(LunyObject object) {
        BindingStrategy strategy = target.strategy();
        if (strategy == BindingStrategy.STATIC) return null;
        if (strategy == BindingStrategy.MEMBER) return Receivers.self(object, objectType, name);
        if (strategy == BindingStrategy.COMPONENT) return Receivers.component(adapter, object, target.type(), name);
        throw new IllegalStateException("unhandled strategy " + strategy);
    }

    @Override
    public String toString() {
        return engine() + " " + name + " -> " + target.strategy() + " " + target.describe();
    }
}
