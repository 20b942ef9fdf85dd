package dev.luminara.ai.timeline;

import dev.luminara.ai.command.EngineCommand;
import java.time.Instant;
import java.util.List;

/**
 * One recorded change: what the agent was asked and answered, the commands as applied (ids filled in, so redo
 * re-creates the same entities) and their inverses in the order that undoes them. {@code parent} is the operation it
 * was recorded on top of (0 for the timeline's initial state); {@code depth} counts operations from that state.
 */
public record Operation(
        long id,
        long parent,
        int depth,
        Instant timestamp,
        String prompt,
        String response,
        List<EngineCommand> commands,
        List<EngineCommand> inverses,
        String changeSummary,
        List<String> tags) {
    /** The id standing for the state the timeline started from, before any operation. */
    public static final long ROOT = 0;

    public Operation {
        commands = List.copyOf(commands);
        inverses = List.copyOf(inverses);
        tags = List.copyOf(tags);
    }

    /** Entities created, modified and destroyed, derived from the commands. */
    public OperationResult result() {
        return OperationResult.of(commands);
    }
}
