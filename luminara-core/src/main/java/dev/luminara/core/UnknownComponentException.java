package dev.luminara.core;

import java.util.List;

/** A component name that no registered component type has. */
public final class UnknownComponentException extends CoreException {
    private final String name;

    public UnknownComponentException(String name, List<String> suggestions) {
        super("unknown component '" + name + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?"));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
