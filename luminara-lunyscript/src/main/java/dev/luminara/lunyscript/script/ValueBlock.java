package dev.luminara.lunyscript.script;

import java.util.Objects;

/**
 * A query verb as a block: evaluates to a value (a number as {@code Double}, a bool, a string) each time it runs. This
 * is LunyScript's answer to the seed's open question on return values: verbs that return something are side-effect
 * free queries, used in conditions ({@code If(Vehicle.getSpeed().above(10))}); command verbs return nothing.
 */
@FunctionalInterface
public interface ValueBlock<T> {
    T evaluate(ScriptContext context);

    default Condition above(double limit) {
        return c -> ((Number) evaluate(c)).doubleValue() > limit;
    }

    default Condition below(double limit) {
        return c -> ((Number) evaluate(c)).doubleValue() < limit;
    }

    default Condition isTrue() {
        return c -> Boolean.TRUE.equals(evaluate(c));
    }

    default Condition is(Object expected) {
        return c -> Objects.equals(evaluate(c), expected);
    }
}
