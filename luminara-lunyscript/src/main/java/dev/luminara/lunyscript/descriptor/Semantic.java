package dev.luminara.lunyscript.descriptor;

import java.util.List;

/**
 * A semantic contract: an engine-agnostic verb ({@code Vehicle.SetSpeed}) with its parameters. {@code returns} is the
 * type of the value a query verb returns ({@code "number"}, {@code "bool"}, {@code "string"}), or null for a command
 * verb that returns nothing.
 */
public record Semantic(
        String name,
        String domain,
        List<ParamDef> params,
        String returns,
        String category,
        boolean idempotent,
        String description,
        boolean exposedToLua,
        Origin origin) {
    public Semantic {
        params = List.copyOf(params);
    }

    /** {@code Domain.Name}, the way scripts call it. */
    public String qualifiedName() {
        return domain + "." + name;
    }

    public boolean returnsValue() {
        return returns != null;
    }
}
