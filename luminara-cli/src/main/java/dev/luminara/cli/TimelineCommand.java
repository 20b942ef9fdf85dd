package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.TimelineException;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code luminara timeline …}: the project's operation history: log, undo, redo, branches. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "Work with a project's durable operation timeline (.luminara/timeline.db): every change an agent made, with"
                    + " its inverse.",
            "Commands that change the world rewrite the project's scene file."
        },
        subcommands = {
            TimelineLogCommand.class,
            TimelineUndoCommand.class,
            TimelineRedoCommand.class,
            TimelineBranchCommand.class,
            TimelineCheckoutCommand.class,
            TimelineDiffCommand.class
        })
final class TimelineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code action} on the project's timeline; a read-only action on a project without one gets none. */
    static <T> T withTimeline(
            CommandLine.Model.CommandSpec spec,
            ProjectOption project,
            boolean write,
            Function<OperationTimeline, T> action) {
        ProjectLayout layout = ProjectLayout.of(project.folder);
        if (!layout.hasTimeline()) {
            if (!write) return action.apply(null);
            throw new TimelineException("no timeline in " + layout.folder() + " yet (" + ProjectLayout.META + "/"
                    + ProjectLayout.TIMELINE + " is created when an agent first changes the project)");
        }
        try (AiEngine ai =
                AiCli.project(project.folder, write, spec.commandLine().getErr())) {
            return action.apply(ai.timeline().orElseThrow());
        }
    }

    static String line(Operation op) {
        return "#" + op.id() + "  "
                + op.timestamp().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + "  \"" + op.prompt()
                + "\" → " + op.changeSummary()
                + (op.tags().isEmpty() ? "" : "  [" + String.join(", ", op.tags()) + "]");
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
