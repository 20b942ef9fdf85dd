package dev.luminara.ai.command;

import java.util.Objects;

/**
 * A command as it was applied (with the ids it allocated filled in, so applying it again re-creates the same state)
 * and its exact inverse, computed from the state just before it ran.
 */
public record AppliedCommand(EngineCommand command, EngineCommand inverse) {
    public AppliedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(inverse, "inverse");
    }
}
