package dev.luminara.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The MCP stdio server transport: one session, newline-delimited JSON-RPC, requests read by one thread, every
 * outbound message written whole and in send order by one writer thread from an unbounded queue.
 *
 * <p>Behaves as the SDK's {@code io.modelcontextprotocol.server.transport.StdioServerTransportProvider} (MCP Java SDK
 * 2.1.0, MIT licence, which this follows) except for sending: the SDK emits into a unicast sink and gives up after
 * 100 ms of contention ("Failed to enqueue message"), so under CPU starvation two responses sent at once from
 * different threads could lose one and leave its client waiting forever. Here {@link McpServerTransport#sendMessage}
 * only enqueues, which never fails. Write errors go to the logger (stderr-side), never to the output stream. Requests
 * whose params the SDK cannot read are refused here with invalid params ({@link RequestParams}).
 */
public final class SerialStdioTransportProvider implements McpServerTransportProvider {
    private static final Logger LOG = LoggerFactory.getLogger(SerialStdioTransportProvider.class);
    /** The SDK's default limit on one inbound line. */
    static final int DEFAULT_MAX_LINE = 16 * 1024 * 1024;

    private final McpJsonMapper json;
    private final InputStream in;
    private final OutputStream out;
    private final int maxLine;
    private volatile McpServerSession session;

    public SerialStdioTransportProvider(McpJsonMapper json, InputStream in, OutputStream out) {
        this(json, in, out, DEFAULT_MAX_LINE);
    }

    SerialStdioTransportProvider(McpJsonMapper json, InputStream in, OutputStream out, int maxLine) {
        this.json = Objects.requireNonNull(json, "json mapper");
        this.in = Objects.requireNonNull(in, "input stream");
        this.out = Objects.requireNonNull(out, "output stream");
        if (maxLine <= 0) throw new IllegalArgumentException("maxLine must be positive: " + maxLine);
        this.maxLine = maxLine;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory factory) {
        SessionTransport transport = new SessionTransport();
        session = factory.create(transport);
        transport.start();
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        McpServerSession s = session;
        if (s == null) return Mono.error(new IllegalStateException("no session to notify of " + method));
        return s.sendNotification(method, params)
                .doOnError(e -> LOG.error("failed to send notification {}: {}", method, e.getMessage()));
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return Mono.defer(() -> {
            McpServerSession s = session;
            if (s == null) return Mono.error(new IllegalStateException("no session to notify of " + method));
            if (!s.getId().equals(sessionId)) {
                return Mono.error(new IllegalStateException(
                        "the stdio session is " + s.getId() + ", not the notification's target " + sessionId));
            }
            return s.sendNotification(method, params);
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        McpServerSession s = session;
        return s == null ? Mono.empty() : s.closeGracefully();
    }

    /** The one session's transport: a reader thread into the session, a writer thread out of the queue. */
    private final class SessionTransport implements McpServerTransport {
        /** Tells the writer to stop once everything queued before it is written. */
        private static final Object END = new Object();

        private final LinkedBlockingQueue<Object> outbound = new LinkedBlockingQueue<>();
        private final Sinks.Many<JSONRPCMessage> inbound =
                Sinks.many().unicast().onBackpressureBuffer();
        private final AtomicBoolean closing = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();

        void start() {
            // only the reader thread emits into the sink, so its tryEmitNext is always serial
            inbound.asFlux()
                    .flatMap(message -> session.handle(message))
                    .doOnTerminate(this::endOutbound)
                    .subscribe(x -> {}, e -> LOG.error("stdio session ended with an error", e));
            Thread reader = new Thread(this::readLoop, "luminara-stdio-in");
            reader.setDaemon(true);
            Thread writer = new Thread(this::writeLoop, "luminara-stdio-out");
            writer.setDaemon(true);
            writer.start();
            reader.start();
        }

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.fromRunnable(() -> {
                if (ended.get()) {
                    LOG.debug("stdio session ended; not sending {}", message);
                } else {
                    outbound.add(message);
                }
            });
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return json.convertValue(data, type);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.fromRunnable(() -> {
                closing.set(true);
                inbound.tryEmitComplete();
            });
        }

        @Override
        public void close() {
            closing.set(true);
            endOutbound();
        }

        private void endOutbound() {
            if (ended.compareAndSet(false, true)) outbound.add(END);
        }

        private void readLoop() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                while (!closing.get()) {
                    String line = readLine(reader);
                    if (line == null || closing.get()) break;
                    if (line.isBlank()) continue;
                    LOG.debug("received {}", line);
                    JSONRPCMessage message;
                    try {
                        message = McpSchema.deserializeJsonRpcMessage(json, line);
                    } catch (IOException | RuntimeException e) {
                        logUnlessClosing("cannot parse an inbound JSON-RPC message: " + abbreviate(line), e);
                        break; // as the SDK: a garbled stream ends the session
                    }
                    if (message instanceof McpSchema.JSONRPCRequest request) {
                        McpSchema.JSONRPCResponse refusal = RequestParams.refusal(request);
                        if (refusal != null) {
                            // answered here: the SDK would fail reading these params (see RequestParams)
                            sendMessage(refusal).subscribe();
                            continue;
                        }
                    }
                    if (!inbound.tryEmitNext(message).isSuccess()) break;
                }
            } catch (IOException | RuntimeException e) {
                logUnlessClosing("error reading the stdio input", e);
            } finally {
                closing.set(true);
                McpServerSession s = session;
                if (s != null) s.close();
                inbound.tryEmitComplete();
                endOutbound();
            }
        }

        /** One line without its terminator, or null at the end of input; longer than {@code maxLine} fails. */
        private String readLine(BufferedReader reader) throws IOException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int c = reader.read();
                if (c < 0) return sb.length() == 0 ? null : sb.toString();
                if (c == '\n') return sb.toString();
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') reader.reset();
                    return sb.toString();
                }
                if (sb.length() >= maxLine) {
                    throw new IOException("an inbound message exceeds the maximum of " + maxLine + " characters");
                }
                sb.append((char) c);
            }
        }

        private void writeLoop() {
            while (true) {
                Object next;
                try {
                    next = outbound.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (next == END) return;
                write((JSONRPCMessage) next);
            }
        }

        private void write(JSONRPCMessage message) {
            try {
                String text = json.writeValueAsString(message);
                // embedded line breaks would split the message (Jackson escapes them inside strings anyway)
                text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
                byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                logUnlessClosing("cannot write an outbound JSON-RPC message", e);
            }
        }

        private void logUnlessClosing(String what, Exception e) {
            if (closing.get()) LOG.debug(what, e);
            else LOG.error(what, e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
