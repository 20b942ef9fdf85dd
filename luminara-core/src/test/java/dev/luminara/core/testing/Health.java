package dev.luminara.core.testing;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

/** A user-defined, packed test component. */
@ComponentInfo(description = "Hit points", category = "gameplay", packed = true)
public record Health(
        @FieldInfo(description = "Current", defaultValue = "100", min = 0, max = 1000)
        float current,

        @FieldInfo(description = "Maximum", defaultValue = "100", min = 1, max = 1000)
        float max,

        @FieldInfo(description = "Regenerates", defaultValue = "false")
        boolean regenerates) {}
