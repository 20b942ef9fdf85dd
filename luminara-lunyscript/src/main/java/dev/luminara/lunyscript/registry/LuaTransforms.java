package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.descriptor.BindingDef;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.LuaTransform;
import dev.luminara.lunyscript.descriptor.ParamDef;
import dev.luminara.lunyscript.descriptor.TransformDef;
import dev.luminara.lunyscript.transform.LuaFunctionTransformation;
import dev.luminara.lunyscript.transform.Transformation;

/**
 * The inline Lua transforms of a loaded descriptor, for generated services: Java cannot bake a Lua function, so the
 * generated code fetches it once, at construction, from the same descriptor the registry would use.
 */
public final class LuaTransforms {
    private LuaTransforms() {}

    /** The verb-level Lua transform of {@code semantic} on {@code engine}. */
    public static Transformation verb(Descriptor descriptor, String engine, String semantic) {
        BindingDef b = binding(descriptor, engine, semantic);
        return lua(b.transform(), b, "transform");
    }

    /** The Lua transform of one binding-level parameter. */
    public static Transformation param(Descriptor descriptor, String engine, String semantic, String param) {
        BindingDef b = binding(descriptor, engine, semantic);
        for (ParamDef p : b.params()) {
            if (p.name().equals(param)) return lua(p.transform(), b, "params." + param + ".transform");
        }
        for (ParamDef p : descriptor.semantic(semantic).orElseThrow().params()) {
            if (p.name().equals(param)) return lua(p.transform(), b, "params." + param + ".transform");
        }
        throw new DescriptorException(b.origin().file(), b.origin().keyPath(), "no parameter '" + param + "'");
    }

    private static BindingDef binding(Descriptor descriptor, String engine, String semantic) {
        return descriptor
                .engine(engine)
                .find(semantic)
                .orElseThrow(() -> new DescriptorException(
                        descriptor.file(),
                        "engines." + engine,
                        "no binding for '" + semantic
                                + "': the generated code is older than the descriptor (run luminara codegen)"));
    }

    private static Transformation lua(TransformDef def, BindingDef b, String what) {
        if (def instanceof LuaTransform l) return new LuaFunctionTransformation(l.function(), l.origin());
        throw new DescriptorException(
                b.origin().file(),
                b.origin().keyPath(),
                what + " is not a Lua function any"
                        + " more: the generated code is older than the descriptor (run luminara codegen)");
    }
}
