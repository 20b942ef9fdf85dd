package dev.luminara.script;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One engine function scripts may call, described well enough for a verifier or an agent to check a call without
 * running it: name, parameters (types, optional ranges and defaults), result type and a description.
 */
public record ApiFunction(
        String name,
        List<ApiParam> params,
        ValueType returns,
        String description,
        ApiImplementation implementation,
        TypedImplementation typed) {
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public ApiFunction {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("API function name must match " + NAME + ", got '" + name + "'");
        }
        params = List.copyOf(params);
        boolean optionalSeen = false;
        for (ApiParam p : params) {
            if (optionalSeen && !p.optional()) {
                throw new IllegalArgumentException(
                        name + ": required parameter " + p.name() + " follows an optional one");
            }
            optionalSeen |= p.optional();
        }
        Objects.requireNonNull(returns, "returns");
        description = description == null ? "" : description;
        Objects.requireNonNull(implementation, "implementation");
        // runtimes bind a typed entry point by its shape alone, so the shape must be the one it claims
        if (typed instanceof TypedImplementation.ReadVec3) {
            if (params.size() != 1 || params.get(0).type() != ValueType.ENTITY || returns != ValueType.VEC3) {
                throw new IllegalArgumentException(name + ": a vec3 read takes one entity and returns a vec3");
            }
        } else if (typed instanceof TypedImplementation.WriteVec3) {
            if (params.size() != 2
                    || params.get(0).type() != ValueType.ENTITY
                    || params.get(1).type() != ValueType.VEC3
                    || params.get(1).optional()
                    || returns != ValueType.NIL) {
                throw new IllegalArgumentException(name + ": a vec3 write takes an entity and a vec3, returns nil");
            }
        }
    }

    /** A function with only the generic entry point. */
    public ApiFunction(
            String name,
            List<ApiParam> params,
            ValueType returns,
            String description,
            ApiImplementation implementation) {
        this(name, params, returns, description, implementation, null);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** How many arguments a call needs at least (the parameters without defaults). */
    public int minArity() {
        int n = 0;
        for (ApiParam p : params) if (!p.optional()) n++;
        return n;
    }

    public int maxArity() {
        return params.size();
    }

    /** {@code name(a: number, b: vec3) -> entity}, as shown to agents and in error messages. */
    public String signature() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            ApiParam p = params.get(i);
            if (i > 0) sb.append(", ");
            sb.append(p.name())
                    .append(p.optional() ? "?: " : ": ")
                    .append(p.type().label());
        }
        return sb.append(") -> ").append(returns.label()).toString();
    }

    /** Builds an {@link ApiFunction} one parameter at a time. */
    public static final class Builder {
        private final String name;
        private final List<ApiParam> params = new ArrayList<>();
        private ValueType returns = ValueType.NIL;
        private String description = "";

        private Builder(String name) {
            this.name = name;
        }

        public Builder param(String name, ValueType type, String description) {
            params.add(ApiParam.of(name, type, description));
            return this;
        }

        public Builder param(ApiParam param) {
            params.add(param);
            return this;
        }

        public Builder ranged(String name, ValueType type, String description, double min, double max) {
            params.add(ApiParam.ranged(name, type, description, min, max));
            return this;
        }

        public Builder optional(String name, ValueType type, String description, ScriptValue defaultValue) {
            params.add(ApiParam.of(name, type, description).withDefault(defaultValue));
            return this;
        }

        public Builder returns(ValueType type) {
            this.returns = type;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public ApiFunction implementedBy(ApiImplementation implementation) {
            return new ApiFunction(name, params, returns, description, implementation);
        }

        /**
         * Implements {@code f(entity) -> vec3} with a typed read (see {@link TypedImplementation}); the generic entry
         * point is derived from it. The entity parameter, if optional, defaults to the caller's own entity.
         */
        public ApiFunction readsVec3(TypedImplementation.ReadVec3 read) {
            Objects.requireNonNull(read, "read");
            ApiImplementation generic = (c, a) -> {
                float[] out = new float[3];
                read.read(c, a.get(0) instanceof ScriptValue.EntityRef r ? r.entity() : c.entity(), out);
                return ScriptValue.of(new Vec3(out[0], out[1], out[2]));
            };
            return new ApiFunction(name, params, ValueType.VEC3, description, generic, read);
        }

        /** Implements {@code f(entity, vec3) -> nil} with a typed write; the generic entry point is derived from it. */
        public ApiFunction writesVec3(TypedImplementation.WriteVec3 write) {
            Objects.requireNonNull(write, "write");
            ApiImplementation generic = (c, a) -> {
                Vec3 v = ((ScriptValue.Vector) a.get(1)).value();
                Entity e = a.get(0) instanceof ScriptValue.EntityRef r ? r.entity() : c.entity();
                write.write(c, e, v.x(), v.y(), v.z());
                return ScriptValue.NIL;
            };
            return new ApiFunction(name, params, ValueType.NIL, description, generic, write);
        }
    }
}
