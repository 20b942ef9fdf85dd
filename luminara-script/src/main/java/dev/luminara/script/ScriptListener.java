package dev.luminara.script;

import dev.luminara.core.Entity;

/** Told what scripts do that a person or a tool wants to see: reloads, errors, log lines. Called on the game thread. */
public interface ScriptListener {
    /** A script's new version is running on {@code instances} entities. */
    default void reloaded(ScriptId script, ReloadStrategy strategy, int instances) {}

    /** A script or an instance failed (the old version keeps running after a failed reload). */
    default void failed(ScriptError error) {}

    /** A script called {@code log.info/warn/error}. */
    default void logged(ScriptId script, Entity entity, String level, String message) {}
}
