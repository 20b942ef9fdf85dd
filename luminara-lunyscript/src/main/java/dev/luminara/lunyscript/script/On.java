package dev.luminara.lunyscript.script;

import java.util.List;

/** {@code On.start(...)}, {@code On.update(...)}, {@code On.message("stop", ...)}: a script's handlers. */
public final class On {
    private On() {}

    public static Handler start(ScriptBlock... blocks) {
        return new Handler.Start(List.of(blocks));
    }

    public static Handler update(ScriptBlock... blocks) {
        return new Handler.Update(List.of(blocks));
    }

    public static Handler message(String name, ScriptBlock... blocks) {
        return new Handler.Message(name, List.of(blocks));
    }
}
