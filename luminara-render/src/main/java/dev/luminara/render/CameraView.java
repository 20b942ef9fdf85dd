package dev.luminara.render;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Vec3;

/**
 * The viewpoint a capture was rendered from. {@code entity} is the scene camera it came from, or null for a view the
 * renderer framed itself (top, front, iso, or a camera view of a scene without an active camera).
 *
 * @param fovDegrees vertical field of view (perspective only)
 * @param orthoSize half the visible height in metres (orthographic only)
 */
public record CameraView(
        Entity entity,
        String name,
        Projection projection,
        Vec3 position,
        Vec3 forward,
        Vec3 up,
        float fovDegrees,
        float orthoSize,
        float near,
        float far) {}
