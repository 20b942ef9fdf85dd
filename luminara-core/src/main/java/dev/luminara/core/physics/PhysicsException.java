package dev.luminara.core.physics;

import dev.luminara.core.CoreException;

/** A physics setting or query argument that cannot be used; the message names it and the value given. */
public class PhysicsException extends CoreException {
    public PhysicsException(String message) {
        super(message);
    }
}
