package dev.luminara.core.component;

import dev.luminara.core.math.Color;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "A light source. Directional lights shine along the entity's -Z axis; point lights from its"
                + " position, fading to nothing at range.",
        category = "rendering",
        pairedWith = {"Transform", "Name"},
        examples = {"{\"kind\": \"POINT\", \"color\": [1.0, 0.9, 0.7, 1.0], \"intensity\": 2.0, \"range\": 15.0}"})
public record Light(
        @FieldInfo(description = "DIRECTIONAL, POINT or SPOT", defaultValue = "\"POINT\"")
        LightKind kind,

        @FieldInfo(
                description = "Light colour (r, g, b, a) or a colour name",
                defaultValue = "[1, 1, 1, 1]",
                min = 0,
                max = 1)
        Color color,

        @FieldInfo(description = "Brightness multiplier", defaultValue = "1.0", min = 0, max = 100)
        float intensity,

        @FieldInfo(
                description = "Distance at which a point or spot light fades out",
                defaultValue = "10.0",
                min = 0,
                unit = "m")
        float range) {

    public static Light point(Color color, float intensity, float range) {
        return new Light(LightKind.POINT, color, intensity, range);
    }

    public static Light directional(Color color, float intensity) {
        return new Light(LightKind.DIRECTIONAL, color, intensity, 0f);
    }
}
