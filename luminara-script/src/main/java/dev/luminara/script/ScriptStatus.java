package dev.luminara.script;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

/**
 * The run-time state of the entity's {@link ScriptComponent}, mirrored by the host whenever it changes so that tools,
 * digests and the verifier's diff can see it. Flat fields keep it plain JSON; {@link #state()} gives the sealed form.
 * The host overwrites it, so a value loaded from a scene only matters until the script's first frame.
 */
@ComponentInfo(
        name = "ScriptStatus",
        description = "Run-time state of the entity's Script, written by the engine: Uninitialized, Running, Paused or"
                + " Error with the message, file, line and traceback.",
        category = "scripting",
        pairedWith = {"Script"},
        examples = {
            "{\"state\": \"Running\", \"message\": \"\", \"file\": \"\", \"line\": 0, \"traceback\": \"\"}",
            "{\"state\": \"Error\", \"message\": \"attempt to index a nil value\", \"file\": \"patrol.lua\","
                    + " \"line\": 12, \"traceback\": \"\"}"
        })
public record ScriptStatus(
        @FieldInfo(
                description = "The state",
                allowed = {"Uninitialized", "Running", "Paused", "Error"},
                defaultValue = "\"Uninitialized\"")
        String state,

        @FieldInfo(description = "Error message, empty unless state is Error", defaultValue = "\"\"")
        String message,

        @FieldInfo(description = "Script file the error points at", defaultValue = "\"\"")
        String file,

        @FieldInfo(description = "1-based line of the error, 0 if unknown", defaultValue = "0", min = 0)
        int line,

        @FieldInfo(description = "Script-level stack trace of the error", defaultValue = "\"\"")
        String traceback) {

    public ScriptStatus {
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
        file = file == null ? "" : file;
        traceback = traceback == null ? "" : traceback;
    }

    /** Whether {@code e}'s status component in {@code world} shows {@code state}. */
    static boolean shows(dev.luminara.core.World world, dev.luminara.core.Entity e, ScriptState state) {
        return world.find(e, ScriptStatus.class)
                .map(ScriptStatus::toState)
                .filter(state::equals)
                .isPresent();
    }

    public static ScriptStatus of(ScriptState s) {
        if (s instanceof ScriptState.Error e) {
            return new ScriptStatus(e.label(), e.message(), e.file(), e.line(), e.traceback());
        }
        if (s instanceof ScriptState.Uninitialized
                || s instanceof ScriptState.Running
                || s instanceof ScriptState.Paused) {
            return new ScriptStatus(s.label(), "", "", 0, "");
        }
        throw new IllegalStateException("unhandled ScriptState " + s);
    }

    /** The sealed state this status describes. */
    public ScriptState toState() {
        switch (state) {
            case "Uninitialized":
                return ScriptState.UNINITIALIZED;
            case "Running":
                return ScriptState.RUNNING;
            case "Paused":
                return ScriptState.PAUSED;
            case "Error":
                return new ScriptState.Error(message, file, line, traceback);
            default:
                throw new ScriptException("unknown script state '" + state + "'");
        }
    }
}
