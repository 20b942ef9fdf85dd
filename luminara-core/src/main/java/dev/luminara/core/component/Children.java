package dev.luminara.core.component;

import dev.luminara.core.Entity;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.ArrayList;
import java.util.List;

/** The entities attached to this one, in attachment order. Maintained by the world, not written directly. */
@ComponentInfo(
        description = "Entities attached to this one, in attachment order; maintained from their Parent components.",
        category = "core",
        pairedWith = {"Transform"},
        examples = {"{\"entities\": [\"4v0\", \"5v0\"]}"})
public record Children(
        @FieldInfo(description = "Child entity ids") List<Entity> entities) {
    public Children {
        entities = List.copyOf(entities);
    }

    public Children with(Entity child) {
        List<Entity> copy = new ArrayList<>(entities);
        copy.add(child);
        return new Children(copy);
    }

    public Children without(Entity child) {
        List<Entity> copy = new ArrayList<>(entities);
        copy.remove(child);
        return new Children(copy);
    }
}
