package dev.luminara.cli;

import dev.luminara.ai.timeline.Branch;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara timeline branch [NAME] [--from ID]}: list branches, or create one. */
@Command(
        name = "branch",
        mixinStandardHelpOptions = true,
        description = "Without a name, list the branches (* marks the current one); with one, create a branch at the"
                + " head or at --from.")
final class TimelineBranchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The branch to create.")
    String name;

    @Option(
            names = "--from",
            paramLabel = "ID",
            description = "Operation to branch from (default: the head; 0 is the start).")
    Long from;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        TimelineCommand.withTimeline(spec, project, name != null, t -> {
            if (t == null) {
                out.println("no timeline yet: no agent has changed this project");
            } else if (name == null) {
                for (Branch b : t.branches()) out.println((b.current() ? "* " : "  ") + b.name() + "  #" + b.head());
            } else {
                Branch b = from == null ? t.createBranch(name) : t.createBranch(name, from);
                out.println("created branch " + b.name() + " at #" + b.head());
            }
            return null;
        });
        out.flush();
        return 0;
    }
}
