package dev.luminara.lunyscript.transform;

/**
 * Converts semantic arguments into what an engine member takes: a unit change ({@code Scale}), a range ({@code
 * Clamp}), a vector ({@code ToVector3Forward}), an asset or object lookup, or an inline Lua function. Created once at
 * load for one binding, so lookups it needs (a vector constructor, say) are resolved then.
 */
public interface Transformation {
    /** One value in, one out: the form of per-parameter transforms and one-argument verb transforms. */
    Object apply(Object value);

    /**
     * The verb-level form: the validated arguments in, the target's arguments out. The default applies {@link #apply}
     * to a single argument in place; the array belongs to the call and may be reused.
     */
    default Object[] applyAll(Object[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException(describe() + " takes one argument, got " + args.length);
        }
        args[0] = apply(args[0]);
        return args;
    }

    /** How many arguments one call produces from {@code inputs}, or -1 when only a run can tell (Lua functions). */
    default int outputArity(int inputs) {
        return inputs;
    }

    /** How many arguments it takes, or -1 for any number. */
    default int inputArity() {
        return 1;
    }

    /** The Java type of the produced value when known ({@code double.class}, a vector class), else null. */
    default Class<?> outputType() {
        return null;
    }

    /** A short description for traces, reports and errors. */
    String describe();
}
