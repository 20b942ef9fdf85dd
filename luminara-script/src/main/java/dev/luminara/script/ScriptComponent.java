package dev.luminara.script;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

/**
 * Attaches a script to an entity: what scenes, tools and agents write ({@code "Script": {"path": "patrol.lua"}}).
 * Its run-time state is kept apart in {@link ScriptStatus}, written by the host, so that a scene or an agent never has
 * to spell out state and a saved scene's {@code Script} stays what the author wrote.
 */
@ComponentInfo(
        name = "Script",
        description =
                "Runs a Lua (.lua) or WASM (.wasm) script on this entity: on_start once, on_update(dt) every frame,"
                        + " on_destroy when removed, plus on_collision, on_trigger and on_message events.",
        category = "scripting",
        pairedWith = {"ScriptStatus", "Transform"},
        examples = {"{\"path\": \"spinner.lua\", \"enabled\": true}", "{\"path\": \"patrol.wasm\"}"})
public record ScriptComponent(
        @FieldInfo(description = "Script file relative to the project's script folder; .lua or .wasm")
        String path,

        @FieldInfo(
                description = "When false the script is paused: no hooks run, its state is kept",
                defaultValue = "true")
        boolean enabled) {

    /** @throws ScriptException for a path outside the script root or without a .lua/.wasm extension */
    public ScriptComponent {
        Objects.requireNonNull(path, "path");
        // refused where it is written (a scene, a tool's command) rather than a frame later in ScriptStatus
        ScriptLanguage.ofPath(ScriptId.of(path).path());
    }

    public static ScriptComponent of(String path) {
        return new ScriptComponent(path, true);
    }

    public ScriptId id() {
        return ScriptId.of(path);
    }

    public ScriptComponent withEnabled(boolean on) {
        return new ScriptComponent(path, on);
    }
}
