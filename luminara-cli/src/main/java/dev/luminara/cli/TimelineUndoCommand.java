package dev.luminara.cli;

import dev.luminara.ai.timeline.Conflict;
import dev.luminara.ai.timeline.SelectiveUndoResult;
import dev.luminara.ai.timeline.TimelineException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code luminara timeline undo [ID]}: undo the head, or revert an older operation on its own. */
@Command(
        name = "undo",
        mixinStandardHelpOptions = true,
        description = {
            "Undo the current branch's head operation (it can be redone), or with an ID revert that older operation"
                    + " alone, keeping everything after it (refused, with nothing changed, if a later operation touched"
                    + " the same entity, component, field or script)."
        })
final class TimelineUndoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "An older operation to revert alone.")
    Long id;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        String message = TimelineCommand.withTimeline(spec, project, true, t -> {
            if (id == null) return "undone " + TimelineCommand.line(t.undo());
            SelectiveUndoResult r = t.selectiveUndo(id);
            if (!r.applied()) {
                throw new TimelineException("cannot revert #" + id + ": "
                        + r.conflicts().stream()
                                .map(TimelineUndoCommand::describe)
                                .collect(Collectors.joining("; ")) + " (nothing was changed)");
            }
            return "reverted #" + id + " as " + TimelineCommand.line(r.operation());
        });
        out.println(message);
        out.flush();
        return 0;
    }

    private static String describe(Conflict c) {
        return c.operation() == 0
                ? c.what()
                : "#" + c.operation() + " (\"" + c.prompt() + "\") also changed " + c.what();
    }
}
