package dev.luminara.core.scene;

import dev.luminara.core.CoreException;

/**
 * A scene that cannot be read or loaded. The message names everything that is known about the fault: the file, the
 * line and column, the entity, the component, the field and what is wrong, e.g. {@code arena.scene.json:12:18: entity
 * 3v0, component Transform, field position: expected vec3, got string "up"}. A failed load leaves the world unchanged.
 */
public final class SceneException extends CoreException {
    private final String source;
    private final int line;
    private final int column;
    private final String entity;
    private final String component;
    private final String field;
    private final String reason;

    public SceneException(
            String source, int line, int column, String entity, String component, String field, String reason) {
        super(format(source, line, column, entity, component, field, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.entity = entity;
        this.component = component;
        this.field = field;
        this.reason = reason;
    }

    /** An error about the scene as a whole (no position, entity or component). */
    public static SceneException of(String source, String reason) {
        return new SceneException(source, -1, -1, null, null, null, reason);
    }

    private static String format(
            String source, int line, int column, String entity, String component, String field, String reason) {
        StringBuilder sb = new StringBuilder(source == null ? "<scene>" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ");
        String sep = "";
        if (entity != null) {
            sb.append("entity ").append(entity);
            sep = ", ";
        }
        if (component != null) {
            sb.append(sep).append("component ").append(component);
            sep = ", ";
        }
        if (field != null && !field.isEmpty()) {
            sb.append(sep).append("field ").append(field);
            sep = ", ";
        }
        if (!sep.isEmpty()) sb.append(": ");
        return sb.append(reason).toString();
    }

    /** The file name (or other source label) the scene came from. */
    public String source() {
        return source;
    }

    /** 1-based line of the fault, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the fault, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** The entity id as written in the file (e.g. {@code "3v0"} or {@code "3"}), or null. */
    public String entity() {
        return entity;
    }

    /** The component name, or null. */
    public String component() {
        return component;
    }

    /** The dotted field path inside the component, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the position prefix. */
    public String reason() {
        return reason;
    }
}
