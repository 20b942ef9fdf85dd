package dev.luminara.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, with a JSON-RPC invalid-params response, a POSTed request whose params the SDK cannot read
 * ({@link RequestParams}); everything else goes on to the MCP servlet with its body as sent.
 *
 * <p>Only a request the SDK would itself get as far as handling is answered here: its headers pass the same Origin
 * and Host validator, it is JSON, it accepts JSON and event streams, and it names a session (whether the session
 * exists is the servlet's to know; an unknown one with bad params is refused for the params).
 */
final class HttpParamsCheck implements Filter {
    private final McpJsonMapper json;
    private final ServerHttpHeaderValidator headers;
    private final int maxBytes;

    HttpParamsCheck(McpJsonMapper json, ServerHttpHeaderValidator headers, int maxBytes) {
        this.json = json;
        this.headers = headers;
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equals(request.getMethod()) || !answerable(request)) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = read(request.getInputStream(), maxBytes);
        if (body.length > maxBytes) {
            HttpGuard.refuse(
                    (HttpServletResponse) res, 413, "request body exceeds the limit of " + maxBytes + " bytes");
            return;
        }
        McpSchema.JSONRPCResponse refusal = refusal(new String(body, StandardCharsets.UTF_8));
        if (refusal == null) {
            chain.doFilter(new Replayed(request, body), res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(refusal));
    }

    private boolean answerable(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) return false;
        if (accept == null || !accept.contains("application/json") || !accept.contains("text/event-stream")) {
            return false;
        }
        if (request.getHeader("Mcp-Session-Id") == null) return false;
        try {
            headers.validate(new Headers(request));
            return true;
        } catch (ServerTransportSecurityException e) {
            return false; // the servlet refuses it as it always does
        }
    }

    private McpSchema.JSONRPCResponse refusal(String body) {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, body);
        } catch (IOException | RuntimeException e) {
            return null; // the servlet answers malformed bodies
        }
        return message instanceof McpSchema.JSONRPCRequest r ? RequestParams.refusal(r) : null;
    }

    /** The body, or {@code max + 1} bytes of it when it is longer. */
    static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; out.size() <= max && (n = in.read(buf, 0, Math.min(buf.length, max + 1 - out.size()))) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private record Headers(HttpServletRequest request) implements HeaderAccessor {
        @Override
        public List<String> getHeader(String name) {
            return Collections.list(request.getHeaders(name));
        }

        @Override
        public List<String> getHeaderNames() {
            return Collections.list(request.getHeaderNames());
        }
    }

    /** The request with its body read again from the bytes already taken. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was already read; no asynchronous reads");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
