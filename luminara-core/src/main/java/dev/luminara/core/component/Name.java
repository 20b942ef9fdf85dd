package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;
import java.util.Objects;

@ComponentInfo(
        description = "A human-readable name; scripts, tools and agents find entities by it.",
        category = "core",
        pairedWith = {"Transform", "Tags"},
        examples = {"{\"value\": \"player\"}"})
public record Name(
        @FieldInfo(description = "The name, unique by convention but not required to be")
        String value) {
    public Name {
        Objects.requireNonNull(value, "value");
    }

    public static Name of(String value) {
        return new Name(value);
    }
}
