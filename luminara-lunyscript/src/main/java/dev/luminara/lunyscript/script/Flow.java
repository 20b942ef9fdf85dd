package dev.luminara.lunyscript.script;

import java.util.List;

/**
 * Control-flow blocks, named as in LunyScript so that scripts read the same in C# and Java: {@code Sequence(...)},
 * {@code If(cond).then(...).otherwise(...)}, {@code Every(n).frames().run(...)} and {@code Every(s).seconds().run(...)}.
 * Capitalised because {@code if} is a Java keyword; import them statically.
 */
public final class Flow {
    private Flow() {}

    public static ScriptBlock Sequence(ScriptBlock... blocks) {
        return new SequenceBlock(List.of(blocks));
    }

    public static IfBuilder If(Condition condition) {
        return new IfBuilder(condition);
    }

    public static EveryBuilder Every(double n) {
        if (!(n > 0)) throw new IllegalArgumentException("Every(n) needs n > 0, got " + n);
        return new EveryBuilder(n);
    }

    /** {@code If(condition)} waiting for its {@code then}. */
    public static final class IfBuilder {
        private final Condition condition;

        IfBuilder(Condition condition) {
            this.condition = condition;
        }

        public IfBlock then(ScriptBlock... blocks) {
            return new IfBlock(condition, List.of(blocks), List.of());
        }
    }

    /** {@code Every(n)} waiting for its unit. */
    public static final class EveryBuilder {
        private final double n;

        EveryBuilder(double n) {
            this.n = n;
        }

        public EveryBlock.Pending frames() {
            if (n != Math.rint(n)) throw new IllegalArgumentException("Every(n).frames() needs a whole n, got " + n);
            return blocks -> new EveryBlock(n, false, List.of(blocks));
        }

        public EveryBlock.Pending seconds() {
            return blocks -> new EveryBlock(n, true, List.of(blocks));
        }
    }
}
