package dev.luminara.render;

import dev.luminara.core.Entity;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;

/**
 * A drawn entity as the capture saw it.
 *
 * @param name the {@code Name} component, or null
 * @param position world position of the entity's origin
 * @param size world-space extent of its mesh (axis-aligned)
 * @param box where its mesh projects, clipped to the image (including parts hidden behind other things)
 * @param visibleBox the pixels where it is actually seen, or null when it is fully hidden
 * @param visibleCenter the centroid of those pixels (a point on the entity to label or point at), or null
 * @param visiblePixels how many pixels show it
 * @param distance from the camera position to {@code position}, in metres
 * @param selected whether it was in {@link AnnotationConfig#selected()}
 */
public record VisibleEntity(
        Entity entity,
        String name,
        MeshKind kind,
        Color color,
        Vec3 position,
        Vec3 size,
        ScreenBox box,
        ScreenBox visibleBox,
        ScreenPoint visibleCenter,
        int visiblePixels,
        float distance,
        boolean selected) {

    /** The name, or the id as text when the entity has no name. */
    public String label() {
        return name != null ? name : entity.toString();
    }
}
