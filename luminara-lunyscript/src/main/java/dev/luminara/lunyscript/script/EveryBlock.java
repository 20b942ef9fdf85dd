package dev.luminara.lunyscript.script;

import java.util.List;

/**
 * Runs its blocks on every n-th execution ({@code frames}), or each time n simulated seconds have accumulated
 * ({@code seconds}). The count is kept per object, so one script attached to many objects keeps separate timers.
 */
public record EveryBlock(double n, boolean seconds, List<ScriptBlock> blocks) implements ScriptBlock {
    public EveryBlock {
        blocks = List.copyOf(blocks);
    }

    /** {@code Every(n).frames()} waiting for its blocks. */
    @FunctionalInterface
    public interface Pending {
        EveryBlock run(ScriptBlock... blocks);
    }

    @Override
    public void execute(ScriptContext context) {
        double[] acc = context.state(this, () -> new double[1]);
        acc[0] += seconds ? context.delta() : 1;
        // A small epsilon so that 60 steps of 1/60 s count as one second despite rounding.
        if (acc[0] + 1e-9 >= n) {
            acc[0] -= n;
            for (ScriptBlock b : blocks) {
                b.execute(context);
            }
        }
    }
}
