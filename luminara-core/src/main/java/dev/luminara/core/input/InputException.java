package dev.luminara.core.input;

import dev.luminara.core.CoreException;

/**
 * Bad input configuration: an input timeline or binding that names an unknown control or action, a value out of range,
 * malformed JSON, or a query for an action the map does not define. The message says where (source, line and column
 * when known, the event's index and type, the field) and what was expected, e.g. {@code input.json:4:30: event 2
 * (axis), field value: must be within [-1, 1], got 1.5}.
 */
public final class InputException extends CoreException {
    private final int event;
    private final String field;

    public InputException(String message) {
        this(message, -1, null);
    }

    InputException(String message, int event, String field) {
        super(message);
        this.event = event;
        this.field = field;
    }

    /** The index of the timeline event at fault, or -1 when the fault is not in one event. */
    public int event() {
        return event;
    }

    /** The field of the event at fault, or the empty string. */
    public String field() {
        return field == null ? "" : field;
    }
}
