package dev.luminara.lunyscript.script;

import java.util.List;

/** A LunyScript program: handlers with their blocks, attachable to any number of objects on any engine. */
public record Script(String name, List<Handler> handlers) {
    public Script {
        handlers = List.copyOf(handlers);
    }

    public static Script of(String name, Handler... handlers) {
        return new Script(name, List.of(handlers));
    }
}
