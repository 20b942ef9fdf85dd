package dev.luminara.script.lua.internal;

import dev.luminara.script.CompiledScript;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.Sandbox;
import dev.luminara.script.ScriptContext;
import dev.luminara.script.ScriptInstance;
import dev.luminara.script.ScriptValue;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/** A Lua script on one entity: {@code self} is a table whose metatable points at the script's class. */
final class LuaScriptInstance extends ScriptInstance {
    private final LuaSession session;
    private final LuaTable self;
    private LuaCompiledScript script;

    LuaScriptInstance(ScriptContext context, LuaSession session, LuaCompiledScript script, LuaTable self) {
        super(context, session.environment());
        this.session = session;
        this.script = script;
        this.self = self;
    }

    /** The instance table, for tests and tools. */
    LuaTable self() {
        return self;
    }

    @Override
    public boolean defines(String hook) {
        return script.metadata().defines(hook);
    }

    @Override
    protected ScriptValue invoke(String hook, ScriptValue[] args) {
        LuaValue fn = self.get(LuaCompiledScript.hookName(hook));
        if (args.length == 1 && !ON_SAVE.equals(hook)) {
            // on_update(dt) and the other one-argument hooks: a direct two-argument call, no argument arrays
            LuaValue arg = session.toLuaShared(args[0]);
            session.call(script.id, script.tier, context().sandbox(), fn, self, arg);
            checkRetained(hook);
            return ScriptValue.NIL;
        }
        LuaValue[] luaArgs = new LuaValue[args.length + 1];
        luaArgs[0] = self;
        for (int i = 0; i < args.length; i++) luaArgs[i + 1] = LuaValues.toLua(args[i]);
        Varargs result =
                session.call(script.id, script.tier, context().sandbox(), () -> fn.invoke(LuaValue.varargsOf(luaArgs)));
        checkRetained(hook);
        return ON_SAVE.equals(hook) ? LuaValues.toScript(result.arg1()) : ScriptValue.NIL;
    }

    /**
     * The sandboxed tier's retained-memory limit: max_memory per call alone lets a script keep a little more every
     * frame until the JVM runs out, so after enough allocation (see {@link Sandbox#retainedCheckDue}) the values
     * reachable from {@code self} are measured. A failed call is not measured: it leaves the script in error.
     */
    private void checkRetained(String hook) {
        Sandbox s = context().sandbox();
        if (script.tier != ExecutionTier.SANDBOXED || s == null || !s.retainedCheckDue()) return;
        s.checkRetained(LuaRetainedSize.of(self), hook);
    }

    @Override
    public boolean preserveInto(CompiledScript next) {
        if (!(next instanceof LuaCompiledScript lua) || lua.session != session) return false;
        script = lua;
        self.setmetatable(lua.instanceMeta);
        return true;
    }
}
