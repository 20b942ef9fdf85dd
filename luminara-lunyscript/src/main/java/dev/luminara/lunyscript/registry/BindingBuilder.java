package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.descriptor.BindingDef;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.descriptor.TargetChoice;
import dev.luminara.lunyscript.descriptor.TransformDef;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.ParamSpecs;
import dev.luminara.lunyscript.transform.TransformTarget;
import dev.luminara.lunyscript.transform.Transformation;
import dev.luminara.lunyscript.transform.TransformationRegistry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/** Builds one {@link ApiBinding}: specs, transforms, target resolution, type checks and the method handle. */
final class BindingBuilder {
    private static final MethodType INVOKER = MethodType.methodType(Object.class, Object.class, Object[].class);

    private final EngineAdapter adapter;
    private final TransformationRegistry transforms;
    private final TargetResolver resolver;

    BindingBuilder(EngineAdapter adapter, TransformationRegistry transforms, ClassLoader loader) {
        this.adapter = adapter;
        this.transforms = transforms;
        this.resolver = new TargetResolver(loader, adapter.objectType());
    }

    ApiBinding build(Semantic semantic, BindingDef def) {
        List<ParamSpec> specs = ParamSpecs.of(semantic);
        List<TransformDef> paramTransformDefs = new ArrayList<>();
        for (ParamDef p : semantic.params()) paramTransformDefs.add(p.transform());
        List<ParamDef> extraDefs = new ArrayList<>();
        for (ParamDef p : def.params()) {
            int i = indexOf(semantic, p.name());
            if (i >= 0) {
                if (p.transform() != null) paramTransformDefs.set(i, p.transform());
            } else {
                if (p.defaultValue() == null) {
                    throw error(
                            p.origin().child("default"),
                            "engine-side parameter '" + p.name()
                                    + "' is not in the semantic contract, so it needs a default (callers cannot pass it)");
                }
                extraDefs.add(p);
            }
        }
        int inputs = specs.size() + extraDefs.size();
        int arity = transforms.outputArity(def.transform(), inputs);
        TargetChoice choice = def.target().select(adapter.info().version());
        ResolvedTarget target = resolver.resolve(
                def.namespace(),
                choice,
                arity,
                semantic.returnsValue(),
                def.signature(),
                def.target().origin());
        List<Class<?>> targetTypes = target.parameterTypes();
        if (arity >= 0 && arity != targetTypes.size()) {
            throw error(
                    def.target().origin(),
                    target.describe() + " takes " + targetTypes.size() + " argument(s) but the verb gives " + arity);
        }

        Transformation verbTransform = def.transform() == null
                ? null
                : transforms.create(
                        def.transform(),
                        new TransformTarget(targetTypes.size() == 1 ? targetTypes.get(0) : null, adapter));
        if (verbTransform != null && verbTransform.inputArity() >= 0 && verbTransform.inputArity() != inputs) {
            throw error(
                    def.transform().origin(),
                    verbTransform.describe() + " takes " + verbTransform.inputArity() + " argument(s) but "
                            + semantic.qualifiedName() + " has " + inputs);
        }
        List<Transformation> paramTransforms = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            paramTransforms.add(paramTransform(paramTransformDefs.get(i), i, verbTransform, targetTypes));
        }
        List<ParamSpec> extras = new ArrayList<>();
        List<Transformation> extraTransforms = new ArrayList<>();
        for (int j = 0; j < extraDefs.size(); j++) {
            ParamDef p = extraDefs.get(j);
            extras.add(ParamSpecs.of(p));
            extraTransforms.add(paramTransform(p.transform(), specs.size() + j, verbTransform, targetTypes));
        }
        if (verbTransform == null) {
            checkTypes(semantic, def, target, specs, paramTransforms, extras, extraTransforms);
        } else if (verbTransform.outputType() != null
                && targetTypes.size() == 1
                && !Coercion.compatible("", verbTransform.outputType(), targetTypes.get(0))) {
            throw error(
                    def.transform().origin(),
                    "parameter-type mismatch: " + verbTransform.describe() + " makes a "
                            + verbTransform.outputType().getSimpleName() + " but " + target.describe() + " takes "
                            + targetTypes.get(0).getSimpleName());
        }
        if (semantic.returnsValue() && !Coercion.compatible(semantic.returns(), null, target.returnType())) {
            throw error(
                    def.target().origin(),
                    "return-type mismatch: " + semantic.qualifiedName() + " returns a " + semantic.returns() + " but "
                            + target.describe() + " gives "
                            + target.returnType().getSimpleName());
        }
        return new ApiBinding(
                semantic,
                def,
                adapter,
                target,
                specs,
                paramTransforms,
                extras,
                extraTransforms,
                verbTransform,
                invoker(target, def));
    }

    private Transformation paramTransform(TransformDef d, int position, Transformation verb, List<Class<?>> types) {
        if (d == null) return null;
        Class<?> type = verb == null && position < types.size() ? types.get(position) : null;
        return transforms.create(d, new TransformTarget(type, adapter));
    }

    private static void checkTypes(
            Semantic semantic,
            BindingDef def,
            ResolvedTarget target,
            List<ParamSpec> specs,
            List<Transformation> paramTransforms,
            List<ParamSpec> extras,
            List<Transformation> extraTransforms) {
        List<Class<?>> types = target.parameterTypes();
        for (int i = 0; i < types.size(); i++) {
            boolean semanticSide = i < specs.size();
            ParamSpec spec = semanticSide ? specs.get(i) : extras.get(i - specs.size());
            Transformation t = semanticSide ? paramTransforms.get(i) : extraTransforms.get(i - specs.size());
            if (t != null && t.outputType() == null) continue;
            if (!Coercion.compatible(spec.luaType(), t == null ? null : t.outputType(), types.get(i))) {
                throw error(
                        def.target().origin(),
                        "parameter-type mismatch: " + semantic.qualifiedName() + " passes "
                                + spec.name() + " as "
                                + (t == null ? spec.luaType() : t.outputType().getSimpleName())
                                + " but " + target.describe() + " takes "
                                + types.get(i).getSimpleName() + " there");
            }
        }
    }

    private static MethodHandle invoker(ResolvedTarget target, BindingDef def) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle mh;
            if (target.isField()) {
                mh = target.isFieldWrite()
                        ? lookup.unreflectSetter(target.field())
                        : lookup.unreflectGetter(target.field());
            } else {
                mh = lookup.unreflect(target.method());
            }
            int n = target.parameterTypes().size();
            int first = target.strategy() == BindingStrategy.STATIC ? 0 : 1;
            for (int i = 0; i < n; i++) {
                MethodHandle fromNumber =
                        Coercion.fusedFilter(target.parameterTypes().get(i));
                if (fromNumber != null) mh = MethodHandles.filterArguments(mh, first + i, fromNumber);
            }
            if (target.strategy() == BindingStrategy.STATIC) {
                mh = MethodHandles.dropArguments(mh, 0, Object.class);
            }
            // Up to four arguments get an exact (Object receiver, Object...) shape without a spreader: cheaper to call.
            return n <= ApiBinding.MAX_DIRECT_ARITY
                    ? mh.asType(MethodType.genericMethodType(n + 1))
                    : mh.asSpreader(Object[].class, n).asType(INVOKER);
        } catch (IllegalAccessException e) {
            throw error(def.target().origin(), target.describe() + " is not accessible: " + e.getMessage());
        }
    }

    private static int indexOf(Semantic semantic, String param) {
        for (int i = 0; i < semantic.params().size(); i++) {
            if (semantic.params().get(i).name().equals(param)) return i;
        }
        return -1;
    }

    private static DescriptorException error(dev.luminara.lunyscript.descriptor.Origin at, String message) {
        return new DescriptorException(at.file(), at.keyPath(), message);
    }
}
