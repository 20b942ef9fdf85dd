package dev.luminara.cli;

import dev.luminara.mcp.HttpEndpoint;
import dev.luminara.mcp.HttpOptions;
import dev.luminara.mcp.LuminaraMcp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara serve <scene-or-project>}: runs the game in real time with the MCP server on Streamable HTTP. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the game in real time and serve it over MCP (Streamable HTTP) until Ctrl-C; prints the endpoint URL.",
            "Binds 127.0.0.1 unless --host; a non-loopback host needs --token. Origin and Host headers are checked."
        })
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene-or-project>", description = "A *.scene.json or a project folder.")
    Path target;

    @Option(
            names = "--port",
            defaultValue = "8765",
            description = "TCP port, 0 = any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--token",
            paramLabel = "T",
            description = "Bearer token clients must send (required off loopback).")
    String token;

    @Option(names = "--hz", defaultValue = "60", description = "Fixed steps per second (default: ${DEFAULT-VALUE}).")
    int hz;

    @Option(names = "--paused", description = "Start paused (sim_play or sim_step run it).")
    boolean paused;

    @Option(names = "--in-place", description = "Edit the files themselves instead of a temporary copy.")
    boolean inPlace;

    /** Released by tests (or never: Ctrl-C ends the process and the shutdown hook closes the server). */
    static volatile CountDownLatch stop;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LuminaraMcp mcp = McpTarget.builder(target, spec.commandLine(), inPlace)
                .hz(hz)
                .realtime(!paused)
                .build();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    mcp.close();
                    done.countDown();
                },
                "luminara-serve-shutdown");
        try {
            HttpEndpoint http = mcp.serveHttp(
                    HttpOptions.defaults().withHost(host).withPort(port).withToken(token));
            out.println("luminara serve: " + target + " at " + http.uri());
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            CountDownLatch external = stop;
            if (external != null) external.await();
            else done.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook closes the server
            }
            mcp.close();
        }
        return 0;
    }
}
