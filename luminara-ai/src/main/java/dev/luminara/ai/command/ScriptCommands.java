package dev.luminara.ai.command;

import java.util.Optional;

/** Create, modify and delete script files through the {@link ScriptStore}. */
final class ScriptCommands {
    private final ScriptStore store;

    ScriptCommands(ScriptStore store) {
        this.store = store;
    }

    AppliedCommand create(EngineCommand.CreateScript c) {
        Optional<String> old = store.read(c.path());
        store.write(c.path(), c.source());
        EngineCommand inverse = old.<EngineCommand>map(src -> new EngineCommand.ModifyScript(c.path(), src))
                .orElseGet(() -> new EngineCommand.DeleteScript(c.path()));
        return new AppliedCommand(c, inverse);
    }

    AppliedCommand modify(EngineCommand.ModifyScript m) {
        String old = existing("ModifyScript", m.path());
        store.write(m.path(), m.source());
        return new AppliedCommand(m, new EngineCommand.ModifyScript(m.path(), old));
    }

    AppliedCommand delete(EngineCommand.DeleteScript d) {
        String old = existing("DeleteScript", d.path());
        store.delete(d.path());
        return new AppliedCommand(d, new EngineCommand.CreateScript(d.path(), old));
    }

    private String existing(String command, String path) {
        return store.read(path)
                .orElseThrow(() -> new CommandException(command + ": script " + path + " does not exist"
                        + ("ModifyScript".equals(command) ? " (use CreateScript)" : "")));
    }
}
