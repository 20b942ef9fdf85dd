package dev.luminara.ai.command;

import dev.luminara.ai.AiException;

/**
 * An engine command that could not be applied: an entity that does not exist, a component it lacks, a value its
 * schema refuses, a script that is missing. Nothing was changed: commands applied before it in the same batch were
 * rolled back.
 */
public final class CommandException extends AiException {
    private final int index;

    public CommandException(String message) {
        this(-1, message, null);
    }

    public CommandException(int index, String message, Throwable cause) {
        super(message, cause);
        this.index = index;
    }

    /** The position of the failing command in its batch, or -1 when it was applied alone. */
    public int index() {
        return index;
    }
}
