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

/**
 * An MCP client over the stdio framing (one JSON-RPC message per line) on two operating-system pipes, as between an
 * agent and a server it spawned, but inside one JVM. {@link #serverIn()} and {@link #serverOut()} are the server's
 * standard input and output.
 */
final class StdioLink implements McpLink {
    private final InputStream serverIn;
    private final OutputStream serverOut;
    private final Writer toServer;
    private final BufferedReader fromServer;
    private long nextId;

    StdioLink() {
        try {
            Pipe up = Pipe.open();
            Pipe down = Pipe.open();
            serverIn = Channels.newInputStream(up.source());
            serverOut = Channels.newOutputStream(down.sink());
            toServer = Channels.newWriter(up.sink(), StandardCharsets.UTF_8);
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
        try {
            for (String line; (line = fromServer.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode msg = Rpc.responseTo(id, line);
                if (msg != null) return msg;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stdio link: " + what + ": server output failed", e);
        }
        throw new IllegalStateException("stdio link: server closed its output before answering " + what);
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
