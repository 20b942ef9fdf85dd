package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.LunyObject;
import java.util.ArrayList;
import java.util.List;

/** A script attached to one object: its context, whether it has started, and the errors its blocks raised. */
public final class ScriptInstance {
    private final Script script;
    private final ScriptContext context;
    private final List<String> errors = new ArrayList<>();
    private boolean started;

    ScriptInstance(Script script, ScriptContext context) {
        this.script = script;
        this.context = context;
    }

    public Script script() {
        return script;
    }

    public LunyObject object() {
        return context.object();
    }

    public ScriptContext context() {
        return context;
    }

    public boolean started() {
        return started;
    }

    void markStarted() {
        started = true;
    }

    /** Errors raised by this instance's blocks, oldest first; each stopped only the handler run it happened in. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    void addError(String error) {
        errors.add(error);
    }
}
