package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;

/** A light in world space; {@code direction} is the entity's -Z axis (unit length). */
public record RenderLight(
        Entity entity,
        String name,
        LightKind kind,
        Color color,
        float intensity,
        float range,
        Vec3 position,
        Vec3 direction) {}
