package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Vec3;

/** A viewpoint: position, unit forward and up (orthogonal), lens, and clip distances. Entity is null when framed. */
public record RenderCamera(
        Entity entity,
        String name,
        Projection projection,
        Vec3 position,
        Vec3 forward,
        Vec3 up,
        float fovDegrees,
        float orthoSize,
        float near,
        float far) {

    public Vec3 right() {
        return forward.cross(up).normalized();
    }
}
