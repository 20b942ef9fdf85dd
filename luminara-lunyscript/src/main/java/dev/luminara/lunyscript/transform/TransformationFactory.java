package dev.luminara.lunyscript.transform;

import dev.luminara.lunyscript.descriptor.NamedTransform;

/** Creates a named transformation from its descriptor settings, for one target. */
@FunctionalInterface
public interface TransformationFactory {
    Transformation create(NamedTransform settings, TransformTarget target);

    /** How many target arguments the transformation makes from {@code inputs}; asked before the target resolves. */
    default int outputArity(int inputs) {
        return inputs;
    }
}
