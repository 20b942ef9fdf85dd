package dev.luminara.script;

import dev.luminara.core.CoreException;
import dev.luminara.core.Entity;
import dev.luminara.script.internal.Arguments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine API scripts can call: an open registry of {@link ApiModule}s. Both runtimes expose every registered
 * module generically, other modules (LunyScript) register more, and the verifier reads it to check calls, arity and
 * literal ranges statically. {@link #invoke} is the one path every call takes: counted, checked, then run.
 */
public final class ApiRegistry {
    private final Map<String, ApiModule> modules = new LinkedHashMap<>();

    public ApiRegistry() {}

    /** A registry holding {@code modules}. */
    public static ApiRegistry of(List<ApiModule> modules) {
        ApiRegistry r = new ApiRegistry();
        modules.forEach(r::register);
        return r;
    }

    /** Adds a module; a second module with the same name is refused. */
    public synchronized ApiRegistry register(ApiModule module) {
        if (modules.containsKey(module.name())) {
            throw new ScriptException("an API module named '" + module.name() + "' is already registered");
        }
        modules.put(module.name(), module);
        return this;
    }

    /** Adds a module or replaces the one of the same name. */
    public synchronized ApiRegistry replace(ApiModule module) {
        modules.put(module.name(), module);
        return this;
    }

    public synchronized List<ApiModule> modules() {
        return Collections.unmodifiableList(new ArrayList<>(modules.values()));
    }

    public synchronized Optional<ApiModule> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    /** Looks up {@code "transform.get_position"}. */
    public synchronized Optional<ApiBinding> find(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        if (dot < 0) return Optional.empty();
        ApiModule m = modules.get(qualifiedName.substring(0, dot));
        if (m == null) return Optional.empty();
        return m.function(qualifiedName.substring(dot + 1)).map(f -> new ApiBinding(m, f));
    }

    /** Every function of every module, in registration order. */
    public synchronized List<ApiBinding> bindings() {
        List<ApiBinding> out = new ArrayList<>();
        for (ApiModule m : modules.values()) {
            for (ApiFunction f : m.functions()) out.add(new ApiBinding(m, f));
        }
        return out;
    }

    public synchronized ApiRegistry copy() {
        return of(new ArrayList<>(modules.values()));
    }

    /**
     * Calls a function for a script: counts the call against the caller's budget (the (N+1)-th is refused before it
     * runs), checks arity, types and ranges (an {@link ApiCallException} naming the parameter), then runs it. Engine
     * errors (a stale entity, say) come back as {@link ApiCallException}s naming the function.
     */
    public static ScriptValue invoke(ScriptContext context, ApiBinding binding, List<ScriptValue> args) {
        context.sandbox().countApiCall(binding.qualifiedName());
        List<ScriptValue> checked = Arguments.check(binding, args);
        try {
            ScriptValue result = binding.function().implementation().call(context, checked);
            return result == null ? ScriptValue.NIL : result;
        } catch (CoreException | IllegalArgumentException e) {
            throw new ApiCallException(binding.qualifiedName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@link #invoke} for a function with a {@link TypedImplementation.ReadVec3}: counted, checked (a null
     * {@code entity} is the argument left out: the caller's own entity if the parameter is optional, else the same
     * "missing" error) and reported the same way, without argument lists or value records.
     */
    public static void invokeReadVec3(ScriptContext context, ApiBinding binding, Entity entity, float[] out) {
        context.sandbox().countApiCall(binding.qualifiedName());
        ApiFunction f = binding.function();
        Entity e = entity != null ? entity : self(context, binding);
        try {
            ((TypedImplementation.ReadVec3) f.typed()).read(context, e, out);
        } catch (CoreException | IllegalArgumentException ex) {
            throw new ApiCallException(binding.qualifiedName() + ": " + ex.getMessage(), ex);
        }
    }

    /** {@link #invoke} for a function with a {@link TypedImplementation.WriteVec3}; see {@link #invokeReadVec3}. */
    public static void invokeWriteVec3(
            ScriptContext context, ApiBinding binding, Entity entity, float x, float y, float z) {
        context.sandbox().countApiCall(binding.qualifiedName());
        ApiFunction f = binding.function();
        Entity e = entity != null ? entity : self(context, binding);
        Arguments.checkVec3(binding, 1, x, y, z);
        try {
            ((TypedImplementation.WriteVec3) f.typed()).write(context, e, x, y, z);
        } catch (CoreException | IllegalArgumentException ex) {
            throw new ApiCallException(binding.qualifiedName() + ": " + ex.getMessage(), ex);
        }
    }

    private static Entity self(ScriptContext context, ApiBinding binding) {
        if (!binding.function().params().get(0).optional()) throw Arguments.missing(binding, 0);
        return context.entity();
    }
}
