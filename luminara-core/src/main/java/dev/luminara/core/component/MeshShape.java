package dev.luminara.core.component;

import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "A visible primitive shape with a flat colour, drawn at the entity's GlobalTransform.",
        category = "rendering",
        pairedWith = {"Transform", "Collider", "Name"},
        examples = {"{\"kind\": \"BOX\", \"size\": [1.0, 1.0, 1.0], \"color\": [0.5, 0.33, 0.18, 1.0]}"})
public record MeshShape(
        @FieldInfo(description = "BOX, SPHERE, CAPSULE or PLANE", defaultValue = "\"BOX\"")
        MeshKind kind,

        @FieldInfo(
                description = "Full size per axis (a sphere uses x as diameter; a plane ignores y)",
                defaultValue = "[1, 1, 1]",
                min = 0,
                unit = "m")
        Vec3 size,

        @FieldInfo(
                description = "Surface colour (r, g, b, a) or a colour name",
                defaultValue = "[0.8, 0.8, 0.8, 1]",
                min = 0,
                max = 1)
        Color color) {

    public static MeshShape box(float sx, float sy, float sz, Color color) {
        return new MeshShape(MeshKind.BOX, new Vec3(sx, sy, sz), color);
    }

    public static MeshShape sphere(float diameter, Color color) {
        return new MeshShape(MeshKind.SPHERE, new Vec3(diameter, diameter, diameter), color);
    }
}
