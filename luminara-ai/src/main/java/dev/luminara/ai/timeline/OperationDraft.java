package dev.luminara.ai.timeline;

import dev.luminara.ai.command.EngineCommand;
import java.util.List;
import java.util.Objects;

/**
 * An operation to record, whose commands were already applied by the caller (the verifier, say). {@code
 * changeSummary} may be null: the timeline writes one from the commands.
 */
public record OperationDraft(
        String prompt,
        String response,
        List<EngineCommand> commands,
        List<EngineCommand> inverses,
        String changeSummary,
        List<String> tags) {
    public OperationDraft {
        prompt = prompt == null ? "" : prompt;
        response = response == null ? "" : response;
        commands = List.copyOf(Objects.requireNonNull(commands, "commands"));
        inverses = List.copyOf(Objects.requireNonNull(inverses, "inverses"));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
