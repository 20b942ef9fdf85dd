package dev.luminara.lunyscript.descriptor;

import java.util.List;
import java.util.Optional;

/** Every binding of one engine, from its bindings file, sorted by semantic name. */
public record EngineBindings(String engine, String file, List<BindingDef> bindings) {
    public EngineBindings {
        bindings = List.copyOf(bindings);
    }

    public Optional<BindingDef> find(String semantic) {
        return bindings.stream().filter(b -> b.semantic().equals(semantic)).findFirst();
    }
}
