package dev.luminara.render.internal;

import dev.luminara.render.Bounds;
import java.util.List;

/**
 * What the renderer takes from a world, read once per capture: meshes and lights in entity order, the active camera
 * (null when there is none), the bounds of the meshes (planes only when there is nothing else, since a ground sheet
 * would dwarf the scene), and notes for the description.
 */
public record SceneData(
        List<RenderItem> items, List<RenderLight> lights, RenderCamera camera, Bounds bounds, List<String> notes) {
    public SceneData {
        items = List.copyOf(items);
        lights = List.copyOf(lights);
        notes = List.copyOf(notes);
    }
}
