package dev.luminara.lunyscript.script;

import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scripts on objects of one engine, the same way on every engine: each {@link #update} runs, per object in attach
 * order, the start handlers once (before the first update, as Unity's Start) and then the update handlers. Objects
 * that are disabled are skipped; destroyed ones are dropped. A block that fails stops only its handler run: the
 * error is kept on the instance and logged, and every other script goes on.
 */
public final class ScriptRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    private final ServiceSet services;
    private final ApiRegistry registry;
    private final Tracer tracer;
    private final List<ScriptInstance> instances = new ArrayList<>();
    private long frame;
    private double elapsed;

    public ScriptRunner(ServiceSet services, ApiRegistry registry, Tracer tracer) {
        this.services = services;
        this.registry = registry;
        this.tracer = tracer;
    }

    public ScriptInstance attach(LunyObject object, Script script) {
        ScriptInstance i = new ScriptInstance(script, new ScriptContext(object, services, registry, tracer));
        instances.add(i);
        return i;
    }

    public List<ScriptInstance> instances() {
        return List.copyOf(instances);
    }

    public long frame() {
        return frame;
    }

    /** One frame of {@code delta} simulated seconds. */
    public void update(double delta) {
        frame++;
        elapsed += delta;
        for (Iterator<ScriptInstance> it = instances.iterator(); it.hasNext(); ) {
            ScriptInstance i = it.next();
            if (!i.object().isAlive()) {
                it.remove();
                continue;
            }
            if (!i.object().isEnabled()) continue;
            if (!i.started()) {
                i.markStarted();
                runHandlers(i, Handler.Start.class, null, "start", delta);
            }
            if (i.object().isAlive() && i.object().isEnabled()) {
                runHandlers(i, Handler.Update.class, null, "update", delta);
            }
        }
    }

    /** Delivers a message now to every live object running a script with a handler for it (disabled ones too). */
    public int send(String message) {
        int delivered = 0;
        for (ScriptInstance i : List.copyOf(instances)) {
            if (i.object().isAlive() && runHandlers(i, Handler.Message.class, message, "message." + message, 0)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Delivers a message to one object's scripts. */
    public int send(LunyObject target, String message) {
        int delivered = 0;
        for (ScriptInstance i : List.copyOf(instances)) {
            if (i.object().equals(target)
                    && i.object().isAlive()
                    && runHandlers(i, Handler.Message.class, message, "message." + message, 0)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean runHandlers(
            ScriptInstance i, Class<? extends Handler> kind, String message, String trigger, double delta) {
        boolean ran = false;
        for (Handler h : i.script().handlers()) {
            if (!kind.isInstance(h)) continue;
            if (h instanceof Handler.Message m && !m.name().equals(message)) continue;
            ran = true;
            ScriptContext c = i.context();
            c.begin(trigger, frame, delta, elapsed);
            try {
                for (ScriptBlock b : h.blocks()) {
                    b.execute(c);
                }
            } catch (LunyScriptException e) {
                String error = c.correlationId() + ": " + e.getMessage();
                i.addError(error);
                LOG.warn("script '{}' on {}: {}", i.script().name(), i.object().name(), error);
            }
        }
        return ran;
    }
}
