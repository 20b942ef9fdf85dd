package dev.luminara.core;

/** A component was asked for on an entity that does not have it. */
public final class MissingComponentException extends CoreException {
    private final Entity entity;
    private final String component;

    public MissingComponentException(Entity entity, String component, String present) {
        super("entity " + entity + " has no " + component + " component (it has: " + present + ")");
        this.entity = entity;
        this.component = component;
    }

    public Entity entity() {
        return entity;
    }

    public String component() {
        return component;
    }
}
