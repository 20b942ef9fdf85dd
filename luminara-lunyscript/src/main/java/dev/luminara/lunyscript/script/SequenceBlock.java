package dev.luminara.lunyscript.script;

import java.util.List;

/** Runs blocks in order. */
public record SequenceBlock(List<ScriptBlock> blocks) implements ScriptBlock {
    public SequenceBlock {
        blocks = List.copyOf(blocks);
    }

    @Override
    public void execute(ScriptContext context) {
        for (ScriptBlock b : blocks) {
            b.execute(context);
        }
    }
}
