package dev.luminara.bench.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An MCP client over the stdio framing (one JSON-RPC message per line) on two operating-system pipes, as between an
 * agent and a server it spawned, but inside one JVM. {@link #serverIn()} and {@link #serverOut()} are the server's
 * standard input and output.
 */
final class StdioLink implements McpLink {
    /**
     * How long to wait for an answer before giving up (closing the pipe, so the read fails). The SDK's stdio
     * transport can drop a response under CPU starvation ("Failed to enqueue message", see docs/benchmarks.md); without
     * this a benchmark iteration would wait forever.
     */
    static final long ANSWER_TIMEOUT_SECONDS = 60;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stdio-link-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final InputStream serverIn;
    private final OutputStream serverOut;
    private final Writer toServer;
    private final BufferedReader fromServer;
    private final Pipe.SourceChannel fromServerChannel;
    private final long timeoutSeconds;
    private long nextId;

    StdioLink() {
        this(ANSWER_TIMEOUT_SECONDS);
    }

    StdioLink(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
        try {
            Pipe up = Pipe.open();
            Pipe down = Pipe.open();
            serverIn = Channels.newInputStream(up.source());
            serverOut = Channels.newOutputStream(down.sink());
            toServer = Channels.newWriter(up.sink(), StandardCharsets.UTF_8);
            fromServerChannel = down.source();
            fromServer = new BufferedReader(
                    new InputStreamReader(Channels.newInputStream(down.source()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream serverIn() {
        return serverIn;
    }

    OutputStream serverOut() {
        return serverOut;
    }

    /** The handshake: initialize, then the initialized notification. Call once the server is reading. */
    StdioLink open() {
        long id = nextId++;
        send(Rpc.initialize(id));
        JsonNode response = awaitResponse("initialize", id);
        if (!response.has("result")) throw new IllegalStateException("initialize failed: " + response);
        send(Rpc.initialized());
        return this;
    }

    @Override
    public JsonNode call(String tool, ObjectNode arguments) {
        long id = nextId++;
        send(Rpc.toolCall(id, tool, arguments));
        return Rpc.result(tool, awaitResponse(tool, id));
    }

    private void send(String line) {
        try {
            toServer.write(line);
            toServer.write('\n');
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("stdio link: server input closed", e);
        }
    }

    private JsonNode awaitResponse(String what, long id) {
        ScheduledFuture<?> giveUp = WATCHDOG.schedule(this::closeQuietly, timeoutSeconds, TimeUnit.SECONDS);
        try {
            for (String line; (line = fromServer.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode msg = Rpc.responseTo(id, line);
                if (msg != null) return msg;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "stdio link: " + what + ": no answer (server output failed or " + timeoutSeconds + " s passed)", e);
        } finally {
            giveUp.cancel(false);
        }
        throw new IllegalStateException("stdio link: server closed its output before answering " + what);
    }

    private void closeQuietly() {
        try {
            fromServerChannel.close(); // not the reader: its close would wait for the blocked readLine
        } catch (IOException e) {
            // the read fails either way
        }
    }

    /** Closes the server's input (end of session); the server's output is closed by the server. */
    @Override
    public void close() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
