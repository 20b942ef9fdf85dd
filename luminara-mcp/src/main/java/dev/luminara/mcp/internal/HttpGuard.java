package dev.luminara.mcp.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the bearer token (when one is set) and refuses oversized bodies before the MCP servlet sees a request. */
final class HttpGuard implements Filter {
    private final byte[] token;
    private final int maxBytes;

    HttpGuard(String token, int maxBytes) {
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (token != null) {
            String given = request.getHeader("Authorization");
            byte[] bytes = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(bytes, token)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                refuse(response, 401, "missing or wrong bearer token");
                return;
            }
        }
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            refuse(response, 413, "request body of " + length + " bytes exceeds the limit of " + maxBytes);
            return;
        }
        chain.doFilter(req, res);
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":"
                + dev.luminara.core.json.Json.mapper().writeValueAsString(message) + "}}";
        response.getWriter().write(body);
    }
}
