package dev.luminara.core;

/**
 * A component value that breaks its schema: a field out of range, a missing required field, a wrong type, a class that
 * cannot be a component. The message names the component and the field.
 */
public final class InvalidComponentException extends CoreException {
    private final String component;
    private final String field;

    public InvalidComponentException(String component, String field, String message) {
        super(component + (field == null || field.isEmpty() ? "" : "." + field) + ": " + message);
        this.component = component;
        this.field = field;
    }

    public String component() {
        return component;
    }

    /** The dotted path of the field at fault, or the empty string when the component as a whole is. */
    public String field() {
        return field == null ? "" : field;
    }
}
