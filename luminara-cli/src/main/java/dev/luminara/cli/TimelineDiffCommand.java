package dev.luminara.cli;

import dev.luminara.ai.timeline.BranchDiff;
import dev.luminara.ai.timeline.TimelineException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code luminara timeline diff A B}: what two branches did since they parted. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Show the operations only on each of two branches since they parted, and what both changed.")
final class TimelineDiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", paramLabel = "A", description = "A branch.")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "Another branch.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        TimelineCommand.withTimeline(spec, project, false, t -> {
            if (t == null) throw new TimelineException("no timeline yet: no branches to compare");
            BranchDiff d = t.diff(from, to);
            out.println(from + " and " + to + " parted after #" + d.commonAncestor());
            out.println("only on " + from + ":");
            d.onlyFrom().forEach(op -> out.println("  " + TimelineCommand.line(op)));
            out.println("only on " + to + ":");
            d.onlyTo().forEach(op -> out.println("  " + TimelineCommand.line(op)));
            out.println(
                    "changed on both: " + (d.bothChanged().isEmpty() ? "nothing" : String.join(", ", d.bothChanged())));
            return null;
        });
        out.flush();
        return 0;
    }
}
