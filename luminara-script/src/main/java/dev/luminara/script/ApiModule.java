package dev.luminara.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named group of {@link ApiFunction}s ({@code transform}, {@code world}, LunyScript's {@code Vehicle}). Lua sees it
 * as a global table ({@code transform.get_position(e)}); WASM imports its functions from module {@code luminara} as
 * {@code "transform.get_position"}.
 */
public record ApiModule(String name, String description, List<ApiFunction> functions) {
    public ApiModule {
        Objects.requireNonNull(name, "name");
        if (!ApiFunction.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "API module name must match " + ApiFunction.NAME + ", got '" + name + "'");
        }
        description = description == null ? "" : description;
        functions = List.copyOf(functions);
        Map<String, ApiFunction> seen = new LinkedHashMap<>();
        for (ApiFunction f : functions) {
            if (seen.put(f.name(), f) != null) {
                throw new IllegalArgumentException("module " + name + " defines " + f.name() + " twice");
            }
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Optional<ApiFunction> function(String functionName) {
        for (ApiFunction f : functions) {
            if (f.name().equals(functionName)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Builds a module function by function. */
    public static final class Builder {
        private final String name;
        private final List<ApiFunction> functions = new ArrayList<>();
        private String description = "";

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder function(ApiFunction function) {
            functions.add(function);
            return this;
        }

        public ApiModule build() {
            return new ApiModule(name, description, functions);
        }
    }
}
