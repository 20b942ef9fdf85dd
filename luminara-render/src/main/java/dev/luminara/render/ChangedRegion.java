package dev.luminara.render;

import dev.luminara.core.Entity;
import java.util.List;

/**
 * One area of the image that changed.
 *
 * @param pixels how many pixels inside {@code box} changed
 * @param maxDifference the largest channel difference in it (0..255)
 * @param entities drawn entities and lights whose before or after screen position overlaps the region
 * @param explainedBy the changed entities (from the caller's change list) that account for it; empty means the pixels
 *     changed although nothing listed there shows at this place
 */
public record ChangedRegion(
        ScreenBox box, int pixels, int maxDifference, List<Entity> entities, List<Entity> explainedBy) {
    public ChangedRegion {
        entities = List.copyOf(entities);
        explainedBy = List.copyOf(explainedBy);
    }

    public boolean explained() {
        return !explainedBy.isEmpty();
    }
}
