package dev.luminara.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The client side of the stdio transport over in-JVM streams (the SDK's own stdio client launches a process):
 * newline-delimited JSON-RPC, as the server's stdio transport speaks it.
 */
final class StreamClientTransport implements McpClientTransport {
    private final McpJsonMapper mapper;
    private final InputStream in;
    private final OutputStream out;
    private volatile boolean closed;

    StreamClientTransport(McpJsonMapper mapper, InputStream fromServer, OutputStream toServer) {
        this.mapper = mapper;
        this.in = fromServer;
        this.out = toServer;
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while (!closed && (line = r.readLine()) != null) {
                            try {
                                McpSchema.JSONRPCMessage m = McpSchema.deserializeJsonRpcMessage(mapper, line);
                                // The client session answers server requests itself; the handler's result is not sent.
                                handler.apply(Mono.just(m))
                                        .subscribe(
                                                x -> {}, e -> System.err.println("test client: handler failed: " + e));
                            } catch (IOException | RuntimeException e) {
                                System.err.println("test client: cannot handle a message (" + e + "): "
                                        + line.substring(0, Math.min(line.length(), 500)));
                            }
                        }
                    } catch (IOException e) {
                        System.err.println("test client: input failed: " + e);
                    }
                    if (!closed) System.err.println("test client: the server's output ended");
                },
                "mcp-test-client-reader");
        reader.setDaemon(true);
        reader.start();
        return Mono.empty();
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            try {
                String json = mapper.writeValueAsString(message);
                synchronized (out) {
                    out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot send to the server: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                // already closed
            }
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return mapper.convertValue(data, typeRef);
    }
}
