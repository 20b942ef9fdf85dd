package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.lunyscript.script.Script;
import dev.luminara.lunyscript.script.ScriptInstance;
import dev.luminara.lunyscript.script.ScriptRunner;

/** The world resource {@link LunyScriptPlugin} adds: attach scripts to entities, send messages. */
public record LunyScripts(CoreEngineAdapter adapter, ScriptRunner runner) {
    public ScriptInstance attach(Entity entity, Script script) {
        return runner.attach(adapter.object(entity), script);
    }

    public int send(String message) {
        return runner.send(message);
    }
}
