package dev.luminara.cli;

import dev.luminara.ai.timeline.Operation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code luminara timeline log}: the current branch's operations, newest first. */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "List the current branch's operations, newest first.")
final class TimelineLogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(
            names = {"-n", "--count"},
            paramLabel = "N",
            defaultValue = "20",
            description = "How many (default: ${DEFAULT-VALUE}).")
    int count;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        TimelineCommand.withTimeline(spec, project, false, t -> {
            if (t == null) {
                out.println("no timeline yet: no agent has changed this project");
                return null;
            }
            List<Operation> ops = t.log(count);
            // the log is the current branch back from its head; the count says so, not the store's size
            out.println("branch " + t.currentBranch() + ", head #" + t.headId() + ": " + ops.size() + " operation"
                    + (ops.size() == 1 ? "" : "s") + " on this branch shown, " + t.size() + " recorded in all"
                    + " (undone and other branches' included)");
            ops.forEach(op -> out.println(TimelineCommand.line(op)));
            return null;
        });
        out.flush();
        return 0;
    }
}
