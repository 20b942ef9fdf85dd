package dev.luminara.bench.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark's raw clients against the no-op server: an answer is read, and a failure is never taken for one. */
class LinksTest {
    @Test
    void stdioLinkCallsTheNoopTool() {
        StdioLink link = new StdioLink();
        NoopServer server = NoopServer.stdio(link);
        try {
            link.open();
            for (int i = 0; i < 3; i++) {
                JsonNode result = link.call(NoopServer.TOOL, Rpc.JSON.createObjectNode());
                assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("ok");
            }
            assertThatThrownBy(() -> link.call("no_such_tool", Rpc.JSON.createObjectNode()))
                    .hasMessageContaining("no_such_tool: JSON-RPC error");
        } finally {
            link.close();
            server.close();
        }
    }

    @Test
    void stdioLinkGivesUpOnAServerThatNeverAnswers() {
        StdioLink link = new StdioLink(1); // nothing reads or writes the server's end of the pipes
        assertThatThrownBy(link::open).hasMessageContaining("initialize: no answer");
    }

    @Test
    void httpLinkCallsTheNoopTool() {
        try (NoopServer server = NoopServer.http();
                HttpLink link = new HttpLink(server.uri(), Optional.empty()).open()) {
            for (int i = 0; i < 3; i++) {
                JsonNode result = link.call(NoopServer.TOOL, Rpc.JSON.createObjectNode());
                assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("ok");
            }
            assertThatThrownBy(() -> link.call("no_such_tool", Rpc.JSON.createObjectNode()))
                    .hasMessageContaining("no_such_tool");
        }
    }
}
