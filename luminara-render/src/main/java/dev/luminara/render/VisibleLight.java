package dev.luminara.render;

import dev.luminara.core.Entity;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;

/**
 * A light that shaded the capture.
 *
 * @param direction where it shines (directional and spot lights): the entity's -Z axis
 * @param screen where its position projects, or null when it is behind the camera or outside the view
 */
public record VisibleLight(
        Entity entity,
        String name,
        LightKind kind,
        Color color,
        float intensity,
        float range,
        Vec3 position,
        Vec3 direction,
        ScreenPoint screen) {

    public String label() {
        return name != null ? name : entity.toString();
    }
}
