package dev.luminara.core.component;

import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "A collision volume centred on the entity. Boxes are axis-aligned; a trigger reports overlaps"
                + " without pushing anything.",
        category = "physics",
        pairedWith = {"RigidBody", "Transform", "MeshShape"},
        examples = {
            "{\"shape\": \"BOX\", \"halfExtents\": [0.5, 0.5, 0.5], \"radius\": 0.5, \"trigger\": false}",
            "{\"shape\": \"SPHERE\", \"halfExtents\": [0.5, 0.5, 0.5], \"radius\": 1.0, \"trigger\": true}"
        })
public record Collider(
        @FieldInfo(description = "BOX or SPHERE", defaultValue = "\"BOX\"")
        ColliderShape shape,

        @FieldInfo(
                description = "Half size of a box per axis (before scale)",
                defaultValue = "[0.5, 0.5, 0.5]",
                min = 0,
                unit = "m")
        Vec3 halfExtents,

        @FieldInfo(description = "Radius of a sphere (before scale)", defaultValue = "0.5", min = 0, unit = "m")
        float radius,

        @FieldInfo(description = "Report overlaps as trigger events instead of colliding", defaultValue = "false")
        boolean trigger) {

    public static Collider box(float hx, float hy, float hz) {
        return new Collider(ColliderShape.BOX, new Vec3(hx, hy, hz), 0.5f, false);
    }

    public static Collider sphere(float radius) {
        return new Collider(ColliderShape.SPHERE, new Vec3(radius, radius, radius), radius, false);
    }

    public Collider asTrigger() {
        return new Collider(shape, halfExtents, radius, true);
    }
}
