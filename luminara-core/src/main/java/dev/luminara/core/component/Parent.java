package dev.luminara.core.component;

import dev.luminara.core.Entity;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

/** The entity this one is attached to. Set it with {@code World.setParent}, which also keeps {@link Children}. */
@ComponentInfo(
        description = "The parent entity; Transform is then relative to it. Maintained together with Children.",
        category = "core",
        pairedWith = {"Transform"},
        examples = {"{\"entity\": \"3v0\"}"})
public record Parent(
        @FieldInfo(description = "The parent entity id") Entity entity) {
    public Parent {
        Objects.requireNonNull(entity, "entity");
    }
}
