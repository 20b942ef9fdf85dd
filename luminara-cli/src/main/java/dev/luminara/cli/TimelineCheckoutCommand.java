package dev.luminara.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code luminara timeline checkout NAME}: switch branches; the scene file takes the branch's state. */
@Command(
        name = "checkout",
        mixinStandardHelpOptions = true,
        description = "Switch to a branch: the world, the scene file and the tracked scripts take its head's state.")
final class TimelineCheckoutCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", paramLabel = "NAME", description = "The branch.")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = TimelineCommand.out(spec);
        String done = TimelineCommand.withTimeline(spec, project, true, t -> {
            t.checkout(name);
            return "on branch " + name + " at #" + t.headId();
        });
        out.println(done);
        out.flush();
        return 0;
    }
}
