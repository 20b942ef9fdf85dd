package dev.luminara.script;

import dev.luminara.core.Entity;
import java.util.Objects;

/**
 * One thing that went wrong with a script: a load or reload that failed, a hook that threw, a limit that stopped it.
 *
 * @param entity the entity whose instance failed, or null for a load/reload error
 * @param hook the hook that was running ({@code on_update}, ...), or {@code "load"} / {@code "reload"}
 * @param limit the limit that stopped it, or null if it was an error
 */
public record ScriptError(
        ScriptId script,
        Entity entity,
        String hook,
        String message,
        ScriptLocation location,
        String traceback,
        LimitKind limit) {
    public ScriptError {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(message, "message");
        location = location == null ? new ScriptLocation(script.path(), 0) : location;
        traceback = traceback == null ? "" : traceback;
    }

    /** {@code patrol.lua:12: on_update (entity 7v0): attempt to index a nil value}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(location.toString()).append(": ").append(hook);
        if (entity != null) sb.append(" (entity ").append(entity).append(')');
        sb.append(": ");
        if (limit != null) sb.append("limit ").append(limit.configName()).append(": ");
        return sb.append(message).toString();
    }

    public ScriptState.Error toState() {
        return new ScriptState.Error(message, location.file(), location.line(), traceback);
    }
}
