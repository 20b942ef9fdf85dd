package dev.luminara.lunyscript.descriptor;

import java.util.List;

/**
 * How one engine implements one semantic: target, transform, engine-side parameters and an optional overload
 * {@code signature}. {@code params} entries named like a semantic parameter add a per-parameter transform; others are
 * extra arguments the engine needs (with a default) that the caller never passes.
 */
public record BindingDef(
        String engine,
        String semantic,
        String namespace,
        TargetDef target,
        TransformDef transform,
        List<ParamDef> params,
        List<String> signature,
        Origin origin) {
    public BindingDef {
        params = List.copyOf(params);
        signature = signature == null ? null : List.copyOf(signature);
    }
}
