package dev.luminara.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.testing.Samples;
import dev.luminara.mcp.HttpEndpoint;
import dev.luminara.mcp.HttpOptions;
import dev.luminara.mcp.LuminaraMcp;
import dev.luminara.mcp.McpServerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Streamable HTTP transport's header checks, with raw requests against a real endpoint on an ephemeral loopback
 * port: Origin (DNS rebinding from a web page), Host, session ids, the bearer token and the request-size cap. Each
 * refusal is followed by a good request, so a refusal must not break the endpoint either.
 */
class HeaderMatrixTest {
    private static final String TOKEN = "header-matrix-token";
    private static final int MAX_BYTES = 16 * 1024;
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"header-matrix\",\"version\":\"1\"}}}";
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

    private static LuminaraMcp mcp;
    private static HttpEndpoint endpoint;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void serve() {
        mcp = LuminaraMcp.builder()
                .scene(Samples.arenaScene())
                .workingCopy(true)
                .build();
        endpoint = mcp.serveHttp(HttpOptions.defaults().withToken(TOKEN).withMaxRequestBytes(MAX_BYTES));
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        if (mcp != null) mcp.close();
    }

    @Test
    void loopbackOriginsAndNoOriginAreAccepted() {
        int port = endpoint.port();
        for (String origin :
                new String[] {"http://localhost:" + port, "http://127.0.0.1:" + port, "http://[::1]:" + port, null}) {
            HttpResponse<String> r = post(INITIALIZE, headers(origin, TOKEN, null));
            assertThat(r.statusCode()).as("Origin " + origin + ": " + r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("mcp-session-id"))
                    .as("Origin " + origin)
                    .isPresent();
        }
    }

    @Test
    void aForeignOriginIs403() {
        for (String origin : new String[] {
            "http://evil.example",
            "http://localhost.evil.example:" + endpoint.port(),
            "null",
            "https://127.0.0.1.nip.io"
        }) {
            HttpResponse<String> r = post(INITIALIZE, headers(origin, TOKEN, null));
            assertThat(r.statusCode()).as("Origin " + origin + ": " + r.body()).isEqualTo(403);
            assertThat(r.headers().firstValue("mcp-session-id"))
                    .as("no session for " + origin)
                    .isEmpty();
        }
        String session = initialize();
        HttpResponse<String> onSession = post(TOOLS_LIST, headers("http://evil.example", TOKEN, session));
        assertThat(onSession.statusCode()).as(onSession.body()).isEqualTo(403);
        assertThat(post(TOOLS_LIST, headers(null, TOKEN, session)).statusCode()).isEqualTo(200);
    }

    @Test
    void aForeignHostIs421() {
        URI uri = endpoint.uri();
        for (String host :
                new String[] {"evil.example", "evil.example:" + endpoint.port(), "192.168.7.7:" + uri.getPort()}) {
            Map<String, String> h = rawHeaders(host);
            assertThat(RawHttp.status(uri, "POST", h, INITIALIZE))
                    .as("Host " + host)
                    .isEqualTo(421);
        }
        for (String host : new String[] {"127.0.0.1:" + endpoint.port(), "localhost:" + endpoint.port()}) {
            assertThat(RawHttp.status(uri, "POST", rawHeaders(host), INITIALIZE))
                    .as("Host " + host)
                    .isEqualTo(200);
        }
    }

    @Test
    void getAndDeleteAreCheckedToo() {
        String session = initialize();
        HttpResponse<String> foreignGet = send("GET", headers("http://evil.example", TOKEN, session));
        assertThat(foreignGet.statusCode())
                .as("GET, foreign Origin: " + foreignGet.body())
                .isEqualTo(403);
        assertThat(foreignGet.body()).doesNotContain("\tat ");
        HttpResponse<String> tokenlessDelete = send("DELETE", headers(null, null, session));
        assertThat(tokenlessDelete.statusCode()).as("DELETE without the token").isEqualTo(401);
        HttpResponse<String> unknownDelete = send("DELETE", headers(null, TOKEN, "no-such-session-0001"));
        assertThat(unknownDelete.statusCode()).as("DELETE, unknown session").isEqualTo(404);
        HttpResponse<String> delete = send("DELETE", headers(null, TOKEN, session));
        assertThat(delete.statusCode())
                .as("DELETE own session: " + delete.body())
                .isEqualTo(200);
        HttpResponse<String> after = post(TOOLS_LIST, headers(null, TOKEN, session));
        assertThat(after.statusCode()).as("a deleted session is unknown").isEqualTo(404);
    }

    @Test
    void anUnknownSessionIs404() {
        HttpResponse<String> r = post(TOOLS_LIST, headers(null, TOKEN, "no-such-session-0000"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception:");
        String session = initialize();
        HttpResponse<String> ok = post(TOOLS_LIST, headers(null, TOKEN, session));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("world_digest");
    }

    @Test
    void aMissingOrWrongBearerTokenIs401() {
        HttpResponse<String> none = post(INITIALIZE, headers(null, null, null));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(401);
        HttpResponse<String> wrong = post(INITIALIZE, headers(null, TOKEN + "x", null));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("mcp-session-id")).isEmpty();
        String session = initialize();
        HttpResponse<String> tokenlessOnSession = post(TOOLS_LIST, headers(null, null, session));
        assertThat(tokenlessOnSession.statusCode())
                .as("a session id is no substitute for the token")
                .isEqualTo(401);
    }

    @Test
    void aRequestAboveTheSizeCapIsRefusedAndTheEndpointKeepsServing() {
        String session = initialize();
        String padding = "x".repeat(MAX_BYTES * 2);
        String big = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"world_search\","
                + "\"arguments\":{\"query\":\"" + padding + "\"}}}";
        HttpResponse<String> r = post(big, headers(null, TOKEN, session));
        assertThat(r.statusCode())
                .as("over the cap: " + r.statusCode() + " " + r.body())
                .satisfiesAnyOf(
                        code -> assertThat(code).isEqualTo(413),
                        code -> assertThat(code).isBetween(400, 499).matches(c -> mentionsSize(r.body())));
        HttpResponse<String> ok = post(TOOLS_LIST, headers(null, TOKEN, session));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void aChunkedRequestAboveTheSizeCapIsRefusedToo() {
        String session = initialize();
        String big = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"world_search\","
                + "\"arguments\":{\"query\":\"" + "y".repeat(MAX_BYTES * 2) + "\"}}}";
        byte[] bytes = big.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // No Content-Length: java.net.http sends a body of unknown length chunked, so only the bytes can be counted.
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.uri())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
        headers(null, TOKEN, session).forEach(b::header);
        HttpResponse<String> r = send(b.build());
        assertThat(r.statusCode())
                .as("chunked, over the cap: " + r.statusCode() + " " + r.body())
                .satisfiesAnyOf(
                        code -> assertThat(code).isEqualTo(413),
                        code -> assertThat(code).isBetween(400, 499).matches(c -> mentionsSize(r.body())));
        HttpResponse<String> ok = post(TOOLS_LIST, headers(null, TOKEN, session));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void aNonLoopbackBindWithoutATokenIsRefused() {
        assertThatThrownBy(() -> mcp.serveHttp(HttpOptions.defaults().withHost("0.0.0.0")))
                .isInstanceOf(McpServerException.class)
                .hasMessageContaining("token");
    }

    private static boolean mentionsSize(String body) {
        String b = body.toLowerCase(java.util.Locale.ROOT);
        return b.contains("size") || b.contains("large") || b.contains("bytes") || b.contains("limit");
    }

    private static String initialize() {
        HttpResponse<String> r = post(INITIALIZE, headers(null, TOKEN, null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String session = r.headers().firstValue("mcp-session-id").orElseThrow();
        HttpResponse<String> ack =
                post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", headers(null, TOKEN, session));
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
        return session;
    }

    private static Map<String, String> headers(String origin, String token, String session) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("Accept", "application/json, text/event-stream");
        h.put("MCP-Protocol-Version", "2025-06-18");
        if (origin != null) h.put("Origin", origin);
        if (token != null) h.put("Authorization", "Bearer " + token);
        if (session != null) h.put("Mcp-Session-Id", session);
        return h;
    }

    private static Map<String, String> rawHeaders(String host) {
        Map<String, String> h = headers(null, TOKEN, null);
        h.put("Host", host);
        return h;
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.uri())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    private static HttpResponse<String> send(String method, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.uri())
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach((k, v) -> {
            if (!k.equals("Content-Type")) b.header(k, v);
        });
        return send(b.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + endpoint.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
