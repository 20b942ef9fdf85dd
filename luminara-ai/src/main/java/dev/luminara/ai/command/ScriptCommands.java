package dev.luminara.ai.command;

import java.util.Optional;

/**
 * Create, modify and delete script files through the {@link ScriptStore}. Inverses put back the exact bytes: a text
 * command when the old file was UTF-8 text (readable in the timeline), {@link EngineCommand.WriteScriptBytes} when it
 * was binary.
 */
final class ScriptCommands {
    private final ScriptStore store;

    ScriptCommands(ScriptStore store) {
        this.store = store;
    }

    AppliedCommand create(EngineCommand.CreateScript c) {
        Optional<byte[]> old = store.readBytes(c.path());
        store.write(c.path(), c.source());
        return new AppliedCommand(c, putBack(c.path(), old));
    }

    AppliedCommand modify(EngineCommand.ModifyScript m) {
        byte[] old = existing("ModifyScript", m.path());
        store.write(m.path(), m.source());
        return new AppliedCommand(m, putBack(m.path(), Optional.of(old)));
    }

    AppliedCommand delete(EngineCommand.DeleteScript d) {
        byte[] old = existing("DeleteScript", d.path());
        store.delete(d.path());
        return new AppliedCommand(
                d,
                ScriptStore.text(old)
                        .<EngineCommand>map(src -> new EngineCommand.CreateScript(d.path(), src))
                        .orElseGet(() -> new EngineCommand.WriteScriptBytes(d.path(), old)));
    }

    AppliedCommand writeBytes(EngineCommand.WriteScriptBytes w) {
        Optional<byte[]> old = store.readBytes(w.path());
        store.writeBytes(w.path(), w.bytes());
        return new AppliedCommand(w, putBack(w.path(), old));
    }

    /** The command that restores a file written over: its old content, or its absence. */
    private static EngineCommand putBack(String path, Optional<byte[]> old) {
        if (old.isEmpty()) return new EngineCommand.DeleteScript(path);
        byte[] bytes = old.get();
        return ScriptStore.text(bytes)
                .<EngineCommand>map(src -> new EngineCommand.ModifyScript(path, src))
                .orElseGet(() -> new EngineCommand.WriteScriptBytes(path, bytes));
    }

    private byte[] existing(String command, String path) {
        return store.readBytes(path)
                .orElseThrow(() -> new CommandException(command + ": script " + path + " does not exist"
                        + ("ModifyScript".equals(command) ? " (use CreateScript)" : "")));
    }
}
