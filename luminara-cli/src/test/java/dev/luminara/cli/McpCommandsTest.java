package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code luminara serve} and {@code luminara mcp} in-process, driven by the SDK's client or raw JSON-RPC lines. */
class McpCommandsTest {
    static final Path ARENA = Path.of("../samples/arena");

    @Test
    void serveRunsTheGameWithAnHttpEndpointAndLeavesTheSampleAlone() throws Exception {
        String sceneBefore = Files.readString(ARENA.resolve("arena.scene.json"));
        StringWriter out = new StringWriter();
        CountDownLatch stop = new CountDownLatch(1);
        ServeCommand.stop = stop;
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> {
            CommandLine cl = LuminaraCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            exit.set(cl.execute("serve", "--port", "0", ARENA.toString()));
        });
        t.start();
        try {
            String url = awaitUrl(out);
            HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                            url.substring(0, url.indexOf("/mcp")))
                    .build();
            try (McpSyncClient client = McpClient.sync(transport)
                    .requestTimeout(Duration.ofSeconds(60))
                    .build()) {
                client.initialize();
                McpSchema.CallToolResult r = client.callTool(McpSchema.CallToolRequest.builder("scene_destroy")
                        .arguments(Map.of("entity", "tower"))
                        .build());
                assertThat(r.isError()).isFalse();
                McpSchema.CallToolResult state = client.callTool(McpSchema.CallToolRequest.builder("sim_pause")
                        .arguments(Map.of())
                        .build());
                assertThat(state.isError()).isFalse();
                assertThat(client.callTool(McpSchema.CallToolRequest.builder("entity_get")
                                        .arguments(Map.of("entity", "tower"))
                                        .build())
                                .isError())
                        .as("the tower is gone from the served game")
                        .isTrue();
            }
        } finally {
            stop.countDown();
            t.join(30_000);
            ServeCommand.stop = null;
        }
        assertThat(exit.get()).isZero();
        assertThat(Files.readString(ARENA.resolve("arena.scene.json"))).isEqualTo(sceneBefore);
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String s = out.toString();
            int at = s.indexOf("http://");
            if (at >= 0 && s.indexOf('\n', at) > 0)
                return s.substring(at, s.indexOf('\n', at)).strip();
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no URL: " + out);
    }

    @Test
    void mcpServesOnStdinAndStdout() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedInputStream fromServer = new PipedInputStream(1 << 20);
        PrintStream serverOut = new PrintStream(new PipedOutputStream(fromServer), true, StandardCharsets.UTF_8);
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        AtomicInteger exit = new AtomicInteger(-1);
        System.setIn(serverIn);
        System.setOut(serverOut);
        Thread t =
                new Thread(() -> exit.set(LuminaraCommand.commandLine().execute("mcp", "--paused", ARENA.toString())));
        try {
            t.start();
            BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
            send(
                    toServer,
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
            assertThat(replies.readLine()).contains("\"serverInfo\"").contains("luminara");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(
                    toServer,
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                            + "\"world_search\",\"arguments\":{\"query\":\"red enemy near the tower\",\"top\":1}}}");
            String reply = replies.readLine();
            assertThat(reply).contains("\"id\":2").contains("enemy_red");
            toServer.close();
            t.join(30_000);
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void aFolderWithoutASceneOrABrokenSceneFailsNamingTheUsersPath(@TempDir Path dir) throws Exception {
        Path noscene = Files.createDirectories(dir.resolve("noscene"));
        for (String command : new String[] {"mcp", "serve"}) {
            CliRun r = CliRun.of(command, noscene.toString());
            assertThat(r.exitCode()).as(command).isEqualTo(1);
            assertThat(r.err()).contains("luminara " + command + ": ").contains("noscene has no *.scene.json");
        }
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        CliRun r = CliRun.of("mcp", empty.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("luminara mcp: " + empty + ": ").doesNotContain("luminara-mcp-");
    }

    private static void send(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
