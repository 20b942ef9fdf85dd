package dev.luminara.core.component;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

@ComponentInfo(
        description = "Makes an entity take part in physics: gravity, collision response and mass.",
        category = "physics",
        pairedWith = {"Collider", "Velocity", "Transform"},
        examples = {"{\"kind\": \"DYNAMIC\", \"mass\": 1.0, \"useGravity\": true, \"restitution\": 0.2, \"drag\": 0.0}"
        })
public record RigidBody(
        @FieldInfo(
                description = "DYNAMIC bodies respond to forces and collisions; KINEMATIC ones move only by"
                        + " velocity; STATIC ones never move",
                defaultValue = "\"DYNAMIC\"")
        BodyKind kind,

        @FieldInfo(description = "Mass", defaultValue = "1.0", min = 0.001, max = 1.0e6, unit = "kg")
        float mass,

        @FieldInfo(description = "Whether gravity pulls this body", defaultValue = "true")
        boolean useGravity,

        @FieldInfo(description = "Bounciness: 0 absorbs, 1 bounces back fully", defaultValue = "0.0", min = 0, max = 1)
        float restitution,

        @FieldInfo(description = "Linear damping per second", defaultValue = "0.0", min = 0, max = 100, unit = "1/s")
        float drag) {

    public static RigidBody dynamic(float mass) {
        return new RigidBody(BodyKind.DYNAMIC, mass, true, 0f, 0f);
    }

    public static RigidBody kinematic() {
        return new RigidBody(BodyKind.KINEMATIC, 1f, false, 0f, 0f);
    }

    public static RigidBody fixed() {
        return new RigidBody(BodyKind.STATIC, 1f, false, 0f, 0f);
    }

    public float inverseMass() {
        return kind == BodyKind.DYNAMIC ? 1f / mass : 0f;
    }
}
