package dev.luminara.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code luminara timeline redo}: re-apply what was undone last. */
@Command(
        name = "redo",
        mixinStandardHelpOptions = true,
        description = "Re-apply the operation undone last on this branch.")
final class TimelineRedoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        String done =
                TimelineCommand.withTimeline(spec, project, true, t -> "redone " + TimelineCommand.line(t.redo()));
        out.println(done);
        out.flush();
        return 0;
    }
}
