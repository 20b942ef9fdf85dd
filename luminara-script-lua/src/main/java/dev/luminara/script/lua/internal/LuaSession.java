package dev.luminara.script.lua.internal;

import dev.luminara.script.ApiBinding;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CompiledScript;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.LimitKind;
import dev.luminara.script.RuntimeSession;
import dev.luminara.script.Sandbox;
import dev.luminara.script.ScriptAsset;
import dev.luminara.script.ScriptCompileException;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptLimitException;
import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptRuntimeException;
import dev.luminara.script.ScriptValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.luajc.LuaJC;

/**
 * One host's Lua: the shared instruction hook, the compilers (LuaC for the sandboxed tier, LuaJC for the compiled
 * one), the API tables and the {@code require} cache. Every script gets its own environment ({@link LuaSandboxEnv}),
 * so one script's globals never leak into another's.
 */
public final class LuaSession implements RuntimeSession {
    private final ScriptEnvironment env;
    private final SandboxHook hook = new SandboxHook();
    private final Globals compiled = new Globals();
    private final Map<String, LuaTable> apiTables = new LinkedHashMap<>();
    private final Map<ScriptId, Required> required = new HashMap<>();

    public LuaSession(ScriptEnvironment env) {
        this.env = env;
        LuaC.install(compiled);
        LuaJC.install(compiled);
        for (ApiModule m : env.api().modules()) {
            LuaTable t = new LuaTable();
            for (dev.luminara.script.ApiFunction f : m.functions()) {
                t.rawset(f.name(), LuaApiFunction.of(new ApiBinding(m, f), env, hook));
            }
            apiTables.put(m.name(), new ReadOnlyTable(m.name(), t));
        }
    }

    private ScriptValue lastShared;
    private LuaValue lastSharedLua;

    /**
     * {@link LuaValues#toLua} for hook arguments the host passes to every instance in a frame (the same {@code dt}
     * object for all 10,000 {@code on_update}s): numbers and strings are immutable in Lua, so one conversion serves
     * every call; other values are converted afresh (a table given to one script must not be seen by another).
     */
    LuaValue toLuaShared(ScriptValue v) {
        if (v == lastShared) return lastSharedLua;
        LuaValue lua = LuaValues.toLua(v);
        if (lua.type() == LuaValue.TNUMBER || lua.type() == LuaValue.TSTRING) {
            lastShared = v;
            lastSharedLua = lua;
        }
        return lua;
    }

    ScriptEnvironment environment() {
        return env;
    }

    SandboxHook hook() {
        return hook;
    }

    Map<String, LuaTable> apiTables() {
        return apiTables;
    }

    @Override
    public CompiledScript compile(ScriptAsset asset, ExecutionTier tier) {
        List<ScriptId> deps = new ArrayList<>();
        LuaValue result = loadModule(asset.id(), asset.source(), tier, deps, true);
        if (!result.istable()) {
            throw new ScriptCompileException(
                    new ScriptLocation(asset.id().path(), 0),
                    "a script must return a table (its class), got " + result.typename());
        }
        return new LuaCompiledScript(this, asset.id(), (LuaTable) result, tier, deps);
    }

    /** Compiles source text in a fresh environment and runs its top level under a fresh sandbox. */
    LuaValue loadModule(ScriptId id, byte[] source, ExecutionTier tier, List<ScriptId> deps, boolean guarded) {
        if (source.length > 0 && source[0] == 0x1b) {
            throw new ScriptCompileException(new ScriptLocation(id.path(), 0), "binary Lua chunks are not loaded");
        }
        Globals scriptEnv = LuaSandboxEnv.create(this, id, tier, deps);
        LuaValue chunk = compileChunk(id, source, tier, scriptEnv);
        if (!guarded)
            return call(id, tier, env.current() == null ? null : env.current().sandbox(), chunk::call);
        return env.guarded(id, sandbox -> call(id, tier, sandbox, chunk::call));
    }

    LuaValue compileChunk(ScriptId id, byte[] source, ExecutionTier tier, Globals scriptEnv) {
        try {
            if (tier != ExecutionTier.COMPILED) {
                // what Globals.load does for the interpreter, with the compile shared (see PrototypeCache)
                return new LuaClosure(PrototypeCache.compile("@" + id.path(), source), scriptEnv);
            }
            return compiled.load(new ByteArrayInputStream(source), "@" + id.path(), "t", scriptEnv);
        } catch (LuaError e) {
            ScriptRuntimeException r = LuaErrors.convert(e, null, id.path());
            throw new ScriptCompileException(r.location(), r.detail(), e);
        }
    }

    /** Runs Lua code armed with {@code sandbox} (sandboxed tier), mapping LuaJ's errors to the scripting layer's. */
    <T> T call(ScriptId id, ExecutionTier tier, Sandbox sandbox, Supplier<T> body) {
        boolean arm = tier == ExecutionTier.SANDBOXED && sandbox != null;
        Sandbox previous = arm ? hook.arm(sandbox) : null;
        try {
            T result = body.get();
            ScriptLimitException stop = sandbox == null ? null : sandbox.stopped();
            if (stop != null) throw stop;
            return result;
        } catch (LuaAbort | LuaError | StackOverflowError e) {
            throw failure(id, sandbox, arm, e);
        } finally {
            if (arm) hook.disarm(previous);
        }
    }

    /** {@link #call} of {@code fn(a, b)}: a hook with one argument, called directly (no closure per call). */
    LuaValue call(ScriptId id, ExecutionTier tier, Sandbox sandbox, LuaValue fn, LuaValue a, LuaValue b) {
        boolean arm = tier == ExecutionTier.SANDBOXED && sandbox != null;
        Sandbox previous = arm ? hook.arm(sandbox) : null;
        try {
            LuaValue result = fn.call(a, b);
            ScriptLimitException stop = sandbox == null ? null : sandbox.stopped();
            if (stop != null) throw stop;
            return result;
        } catch (LuaAbort | LuaError | StackOverflowError e) {
            throw failure(id, sandbox, arm, e);
        } finally {
            if (arm) hook.disarm(previous);
        }
    }

    private RuntimeException failure(ScriptId id, Sandbox sandbox, boolean armed, Throwable t) {
        if (t instanceof LuaAbort a) return a.limit();
        if (t instanceof LuaError e) {
            ScriptLimitException stop = sandbox == null ? null : sandbox.stopped();
            if (stop != null) return stop; // a limit hit in a coroutine, surfacing as that coroutine's error
            return LuaErrors.convert(e, armed ? hook : null, id.path());
        }
        if (sandbox == null) return new ScriptException(id + ": stack overflow");
        return sandbox.exceed(LimitKind.STACK_DEPTH, SandboxHook.MAX_DEPTH, "stack overflow (Java stack exhausted)");
    }

    /** {@code require("a.b")}: {@code a/b.lua} under the script root, loaded once per content, never outside it. */
    LuaValue require(String name, ExecutionTier tier, List<ScriptId> deps) {
        if (!name.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
            throw new LuaError(
                    "require: bad module name '" + name + "' (use dots between folder names, like 'lib.util')");
        }
        ScriptId id = ScriptId.of(name.replace('.', '/') + ".lua");
        Optional<byte[]> bytes = env.sources().read(id);
        if (bytes.isEmpty()) {
            throw new LuaError("module '" + name + "' not found in the script folder (looked for " + id + ")");
        }
        if (!deps.contains(id)) deps.add(id);
        Required r = required.get(id);
        if (r != null && r.loading) throw new LuaError("require: '" + name + "' requires itself (a cycle)");
        if (r != null && Arrays.equals(r.source, bytes.get()) && r.tier == tier) return r.value;
        Required loading = new Required(bytes.get(), tier, LuaValue.NIL, true);
        required.put(id, loading);
        try {
            LuaValue v = loadModule(id, bytes.get(), tier, deps, false);
            required.put(id, new Required(bytes.get(), tier, v.isnil() ? LuaValue.TRUE : v, false));
            return v.isnil() ? LuaValue.TRUE : v;
        } catch (ScriptCompileException e) {
            required.remove(id);
            String detail = e.getMessage().startsWith(e.location() + ": ")
                    ? e.getMessage().substring(e.location().toString().length() + 2)
                    : e.getMessage();
            throw new ModuleLoadError(e.location(), detail);
        } catch (RuntimeException e) {
            required.remove(id);
            throw e;
        }
    }

    /** The source text of a chunk given to {@code load}, refused if binary. */
    static byte[] text(LuaValue chunk) {
        if (!chunk.isstring()) throw new LuaError("load: only source text is accepted in the sandbox");
        byte[] b = chunk.tojstring().getBytes(StandardCharsets.UTF_8);
        if (b.length > 0 && b[0] == 0x1b) throw new LuaError("load: binary chunks are not allowed");
        return b;
    }

    @Override
    public void close() {
        required.clear();
    }

    /** A module loaded by {@code require}, keyed by its source so that an edited module is loaded again. */
    private record Required(byte[] source, ExecutionTier tier, LuaValue value, boolean loading) {}
}
