package dev.luminara.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Concurrent sends all arrive whole and once; a real SDK server session runs over the transport. */
class SerialStdioTransportProviderTest {
    private static final McpJsonMapper JSON = Toolset.jsonMapper();
    private static final int THREADS = 16;
    private static final int PER_THREAD = 200;

    /** Collects output and counts the newlines written. */
    private static final class Lines extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch expected;

        Lines(int count) {
            expected = new CountDownLatch(count);
        }

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            if (b == '\n') expected.countDown();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) write(b[i]);
        }

        synchronized List<String> lines() {
            String all = bytes.toString(StandardCharsets.UTF_8);
            assertThat(all).endsWith("\n");
            return List.of(all.substring(0, all.length() - 1).split("\n", -1));
        }
    }

    @Test
    void concurrentSendsFromManyThreadsAllArriveOnceAndWhole() throws Exception {
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut);
        Lines out = new Lines(THREADS * PER_THREAD);
        SerialStdioTransportProvider provider = new SerialStdioTransportProvider(JSON, serverIn, out);
        AtomicReference<McpServerTransport> transport = new AtomicReference<>();
        provider.setSessionFactory(t -> {
            transport.set(t);
            return null; // no inbound traffic in this test, so no session is needed
        });

        CountDownLatch go = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        String padding = "x".repeat(300); // long enough that a torn write would show
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread sender = new Thread(() -> {
                try {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int n = 0; n < PER_THREAD; n++) {
                        McpSchema.JSONRPCResponse response = new McpSchema.JSONRPCResponse(
                                McpSchema.JSONRPC_VERSION,
                                thread + ":" + n,
                                Map.of("thread", thread, "n", n, "pad", padding + "\nline\r\nbreaks"),
                                null);
                        transport.get().sendMessage(response).block();
                        int r = random.nextInt(10);
                        if (r < 3) Thread.yield();
                        else if (r == 3) Thread.sleep(0, random.nextInt(50_000));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            sender.start();
            senders.add(sender);
        }
        go.countDown();
        for (Thread s : senders) s.join();
        assertThat(failures).isEmpty();
        assertThat(out.expected.await(60, TimeUnit.SECONDS)).isTrue();

        Set<Object> ids = new HashSet<>();
        Map<Integer, Integer> lastPerThread = new HashMap<>();
        List<String> lines = out.lines();
        assertThat(lines).hasSize(THREADS * PER_THREAD);
        for (String line : lines) {
            McpSchema.JSONRPCResponse r = (McpSchema.JSONRPCResponse) McpSchema.deserializeJsonRpcMessage(JSON, line);
            assertThat(ids.add(r.id())).as("duplicate %s", r.id()).isTrue();
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) r.result();
            assertThat(result.get("pad")).isEqualTo(padding + "\nline\r\nbreaks");
            int thread = ((Number) result.get("thread")).intValue();
            int n = ((Number) result.get("n")).intValue();
            assertThat(r.id()).isEqualTo(thread + ":" + n);
            // one sender's messages keep its order
            assertThat(n).isGreaterThan(lastPerThread.getOrDefault(thread, -1));
            lastPerThread.put(thread, n);
        }
        assertThat(ids).hasSize(THREADS * PER_THREAD);
        clientOut.close();
    }

    @Test
    void aRealServerSessionAnswersEveryRequestAndEndsAtEndOfInput() throws Exception {
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
        McpSyncServer server = McpServer.sync(new SerialStdioTransportProvider(JSON, serverIn, serverOut))
                .serverInfo("test", "1")
                .build();
        BufferedReader replies = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));

        clientOut.write(("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                        + "\"protocolVersion\":\"" + ProtocolVersions.MCP_2024_11_05 + "\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"client\",\"version\":\"1\"}}}\n")
                .getBytes(StandardCharsets.UTF_8));
        clientOut.flush();
        McpSchema.JSONRPCResponse init =
                (McpSchema.JSONRPCResponse) McpSchema.deserializeJsonRpcMessage(JSON, replies.readLine());
        assertThat(init.id()).isEqualTo(0);
        assertThat(init.error()).isNull();
        send(
                clientOut,
                new McpSchema.JSONRPCNotification(
                        McpSchema.JSONRPC_VERSION, McpSchema.METHOD_NOTIFICATION_INITIALIZED, null));

        int pings = 100;
        for (int i = 1; i <= pings; i++) {
            send(clientOut, new McpSchema.JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_PING, i, null));
        }
        Set<Integer> answered = new HashSet<>();
        for (int i = 0; i < pings; i++) {
            McpSchema.JSONRPCResponse r =
                    (McpSchema.JSONRPCResponse) McpSchema.deserializeJsonRpcMessage(JSON, replies.readLine());
            assertThat(r.error()).isNull();
            assertThat(answered.add(((Number) r.id()).intValue())).isTrue();
        }
        assertThat(answered).hasSize(pings).allMatch(id -> id >= 1 && id <= pings);

        clientOut.close(); // end of input ends the session
        server.closeGracefully();
    }

    private static void send(OutputStream out, McpSchema.JSONRPCMessage message) throws IOException {
        out.write((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
