package dev.luminara.lunyscript.script;

import java.util.List;

/** When a script's blocks run: once at start, every frame, or when a message arrives. */
public sealed interface Handler permits Handler.Start, Handler.Update, Handler.Message {
    List<ScriptBlock> blocks();

    record Start(List<ScriptBlock> blocks) implements Handler {
        public Start {
            blocks = List.copyOf(blocks);
        }
    }

    record Update(List<ScriptBlock> blocks) implements Handler {
        public Update {
            blocks = List.copyOf(blocks);
        }
    }

    record Message(String name, List<ScriptBlock> blocks) implements Handler {
        public Message {
            blocks = List.copyOf(blocks);
        }
    }
}
