package dev.luminara.verify;

import dev.luminara.core.Entity;
import dev.luminara.script.ScriptError;

/**
 * An error or a limit hit while the script ran (in the sandbox or under monitoring).
 *
 * @param entity the entity whose instance failed, or null for a load error
 * @param limit the sandbox limit's config name ({@code max_instructions}) when a limit stopped it, else null
 */
public record SandboxProblem(
        String file, int line, String hook, Entity entity, String message, String limit, String traceback) {

    public static SandboxProblem of(ScriptError e) {
        return new SandboxProblem(
                e.location().file(),
                e.location().line(),
                e.hook(),
                e.entity(),
                e.message(),
                e.limit() == null ? null : e.limit().configName(),
                e.traceback());
    }

    /** {@code spin.lua:3: on_update (entity 12v0): limit max_instructions: ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ").append(hook);
        if (entity != null) sb.append(" (entity ").append(entity).append(')');
        sb.append(": ");
        if (limit != null) sb.append("limit ").append(limit).append(": ");
        return sb.append(message).toString();
    }
}
