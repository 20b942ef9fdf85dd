package dev.luminara.render;

import dev.luminara.core.Entity;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is drawn over a capture: entity names, their projected bounding boxes, light positions, and the selected
 * entities highlighted (outlined where they are visible).
 */
public record AnnotationConfig(
        boolean showEntityNames,
        boolean showBoundingBoxes,
        boolean showLightPositions,
        boolean highlightSelected,
        Set<Entity> selected) {

    /** A clean image: no overlays. */
    public static final AnnotationConfig NONE = new AnnotationConfig(false, false, false, false, Set.of());
    /** Names, boxes and lights; nothing selected. */
    public static final AnnotationConfig ALL = new AnnotationConfig(true, true, true, true, Set.of());

    public AnnotationConfig {
        selected = Set.copyOf(new TreeSet<>(selected));
    }

    /** The same settings with these entities selected and highlighting on. */
    public AnnotationConfig selecting(Collection<Entity> entities) {
        return new AnnotationConfig(showEntityNames, showBoundingBoxes, showLightPositions, true, Set.copyOf(entities));
    }

    public boolean isSelected(Entity e) {
        return highlightSelected && selected.contains(e);
    }

    /** Whether anything at all is drawn over the rendered scene. */
    public boolean any() {
        return showEntityNames || showBoundingBoxes || showLightPositions || (highlightSelected && !selected.isEmpty());
    }
}
