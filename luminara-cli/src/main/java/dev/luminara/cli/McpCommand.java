package dev.luminara.cli;

import dev.luminara.mcp.LuminaraMcp;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara mcp <scene-or-project>}: the engine in-process, serving MCP over stdio (what an agent launches). */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the game over MCP on stdin/stdout (register this command in Claude Desktop, Claude Code, VS Code or"
                    + " Cursor). Logs go to stderr only.",
            "The game is a temporary working copy unless --in-place; it simulates in real time unless --paused."
        })
final class McpCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene-or-project>", description = "A *.scene.json or a project folder.")
    Path target;

    @Option(names = "--hz", defaultValue = "60", description = "Fixed steps per second (default: ${DEFAULT-VALUE}).")
    int hz;

    @Option(names = "--paused", description = "Start paused (sim_play or sim_step run it).")
    boolean paused;

    @Option(names = "--in-place", description = "Edit the files themselves instead of a temporary copy.")
    boolean inPlace;

    @Override
    public Integer call() {
        // stdout is the protocol: anything else printed there would corrupt it, so it goes to stderr meanwhile.
        PrintStream protocol = System.out;
        InputStream in = System.in;
        System.setOut(System.err);
        try (LuminaraMcp mcp = McpTarget.builder(target, spec.commandLine(), inPlace)
                .hz(hz)
                .realtime(!paused)
                .build()) {
            System.err.println("luminara mcp: serving " + target + " on stdio");
            mcp.serveStdio(in, protocol);
        } finally {
            System.setOut(protocol);
        }
        return 0;
    }
}
