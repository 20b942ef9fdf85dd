package dev.luminara.lunyscript.script;

/** A test evaluated each time a block runs, e.g. {@code Vehicle.getSpeed().above(10)}. */
@FunctionalInterface
public interface Condition {
    boolean test(ScriptContext context);

    default Condition negate() {
        return c -> !test(c);
    }

    default Condition and(Condition other) {
        return c -> test(c) && other.test(c);
    }
}
