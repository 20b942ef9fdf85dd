package dev.luminara.verify;

import java.util.Objects;

/**
 * One finding of static analysis.
 *
 * @param code a stable kebab-case kind ({@code syntax}, {@code unknown-api}, {@code argument-range}, ...)
 * @param line 1-based line, 0 when the finding is about the whole script
 * @param column 1-based column, 0 when unknown
 * @param suggestion a concrete fix, or null
 */
public record StaticIssue(
        IssueSeverity severity, String code, String file, int line, int column, String message, String suggestion) {
    public StaticIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "?" : file;
    }

    /** {@code spin.lua:3:5: error unknown-api: transform.set_pos is unknown; did you mean ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        sb.append(": ")
                .append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(code)
                .append(": ")
                .append(message);
        return sb.toString();
    }
}
