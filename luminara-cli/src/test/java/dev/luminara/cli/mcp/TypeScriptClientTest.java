package dev.luminara.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.mcp.HttpEndpoint;
import dev.luminara.mcp.HttpOptions;
import dev.luminara.mcp.LuminaraMcp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official TypeScript MCP SDK, an independent client, drives a whole agent session (session.mjs) against the
 * server: over stdio by spawning {@code luminara mcp <copy of samples/arena>} exactly as Claude Desktop or Cursor
 * would, and over Streamable HTTP against an endpoint served from this JVM with a bearer token.
 */
class TypeScriptClientTest {
    @Test
    void fullSessionOverStdio(@TempDir Path scratch) {
        NodeClient client = NodeClient.require();
        Path arena = NodeClient.arenaCopy(scratch);
        List<String> args = new ArrayList<>(List.of("stdio"));
        args.addAll(NodeClient.javaCommand("dev.luminara.cli.Main", "mcp", arena.toString()));
        NodeClient.Result run = client.session(scratch, Map.of(), args);
        run.printSteps();
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .as(run.output())
                .contains("session over stdio: ")
                .doesNotContain("FAIL");
    }

    @Test
    void fullSessionOverHttp(@TempDir Path scratch) {
        NodeClient client = NodeClient.require();
        Path arena = NodeClient.arenaCopy(scratch);
        String token = "ts-client-" + Long.toHexString(System.nanoTime());
        try (LuminaraMcp mcp =
                        LuminaraMcp.builder().project(arena).workingCopy(true).build();
                HttpEndpoint endpoint = mcp.serveHttp(HttpOptions.defaults().withToken(token))) {
            NodeClient.Result run = client.session(
                    scratch,
                    Map.of("LUMINARA_MCP_TOKEN", token),
                    List.of("http", endpoint.uri().toString()));
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output())
                    .as(run.output())
                    .contains("session over http: ")
                    .doesNotContain("FAIL");
        }
    }
}
