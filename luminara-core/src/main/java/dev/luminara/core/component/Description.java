package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

@ComponentInfo(
        description = "Free text about what an entity is for; semantic search and world digests read it.",
        category = "core",
        pairedWith = {"Name"},
        examples = {"{\"text\": \"A wooden crate that breaks when shot\"}"})
public record Description(
        @FieldInfo(description = "What the entity is, in plain words")
        String text) {
    public Description {
        Objects.requireNonNull(text, "text");
    }
}
