package dev.luminara.script.lua.internal;

import dev.luminara.script.CompiledScript;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.ScriptCompileException;
import dev.luminara.script.ScriptContext;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptInstance;
import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptMetadata;
import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/** One loaded version of a Lua script: its class table, the metatable its instances share, and its metadata. */
final class LuaCompiledScript implements CompiledScript {
    static final String[] HOOKS = {
        ScriptInstance.ON_START, ScriptInstance.ON_UPDATE, ScriptInstance.ON_DESTROY, ScriptInstance.ON_COLLISION,
        ScriptInstance.ON_TRIGGER, ScriptInstance.ON_MESSAGE, ScriptInstance.ON_SAVE, ScriptInstance.ON_RESTORE
    };

    private static final LuaValue[] HOOK_NAMES = new LuaValue[HOOKS.length];

    static {
        for (int i = 0; i < HOOKS.length; i++) HOOK_NAMES[i] = org.luaj.vm2.LuaString.valueOf(HOOKS[i]);
    }

    /**
     * The hook's name as a Lua string, made once. The host passes the {@link ScriptInstance} constants, so an identity
     * scan of eight entries beats hashing (a map lookup showed in profiles of 10,000 calls a frame).
     */
    static LuaValue hookName(String hook) {
        for (int i = 0; i < HOOKS.length; i++) {
            if (HOOKS[i] == hook) return HOOK_NAMES[i];
        }
        for (int i = 0; i < HOOKS.length; i++) {
            if (HOOKS[i].equals(hook)) return HOOK_NAMES[i];
        }
        return org.luaj.vm2.LuaString.valueOf(hook);
    }

    final LuaSession session;
    final ScriptId id;
    final LuaTable classTable;
    final LuaTable instanceMeta = new LuaTable();
    final ExecutionTier tier;
    private final List<ScriptId> dependencies;
    private final ScriptMetadata metadata;

    LuaCompiledScript(LuaSession session, ScriptId id, LuaTable classTable, ExecutionTier tier, List<ScriptId> deps) {
        this.session = session;
        this.id = id;
        this.classTable = classTable;
        this.tier = tier;
        this.dependencies = deps;
        this.instanceMeta.rawset(LuaValue.INDEX, classTable);
        this.metadata = readMetadata();
    }

    private ScriptMetadata readMetadata() {
        List<String> hooks = new ArrayList<>();
        for (String h : HOOKS) {
            if (classTable.rawget(h).isfunction()) hooks.add(h);
        }
        List<String> required = new ArrayList<>();
        LuaValue req = classTable.rawget("requires");
        if (req.istable()) {
            for (int i = 1; i <= req.length(); i++) required.add(req.get(i).tojstring());
        } else if (!req.isnil()) {
            throw new ScriptCompileException(
                    new ScriptLocation(id.path(), 0), "'requires' must be a list of component names");
        }
        ReloadStrategy strategy = ReloadStrategy.PRESERVE_STATE;
        LuaValue reload = classTable.rawget("reload");
        if (!reload.isnil()) {
            try {
                strategy = ReloadStrategy.parse(reload.tojstring());
            } catch (RuntimeException e) {
                throw new ScriptCompileException(new ScriptLocation(id.path(), 0), e.getMessage());
            }
        }
        return new ScriptMetadata(
                optString("author"), optString("description"), optString("version"), hooks, required, strategy);
    }

    private String optString(String key) {
        LuaValue v = classTable.rawget(key);
        return v.isstring() ? v.tojstring() : null;
    }

    @Override
    public ScriptMetadata metadata() {
        return metadata;
    }

    @Override
    public List<ScriptId> dependencies() {
        return List.copyOf(dependencies);
    }

    @Override
    public ScriptInstance instantiate(ScriptContext context) {
        LuaTable self = new LuaTable();
        self.rawset("entity", LuaValues.entity(context.entity()));
        self.setmetatable(instanceMeta);
        return new LuaScriptInstance(context, session, this, self);
    }
}
