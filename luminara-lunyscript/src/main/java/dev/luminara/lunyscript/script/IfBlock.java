package dev.luminara.lunyscript.script;

import java.util.List;

/** Runs {@code then} when the condition holds, else {@code otherwise}. */
public record IfBlock(Condition condition, List<ScriptBlock> then, List<ScriptBlock> otherwise) implements ScriptBlock {
    public IfBlock {
        then = List.copyOf(then);
        otherwise = List.copyOf(otherwise);
    }

    public IfBlock otherwise(ScriptBlock... blocks) {
        return new IfBlock(condition, then, List.of(blocks));
    }

    @Override
    public void execute(ScriptContext context) {
        for (ScriptBlock b : condition.test(context) ? then : otherwise) {
            b.execute(context);
        }
    }
}
