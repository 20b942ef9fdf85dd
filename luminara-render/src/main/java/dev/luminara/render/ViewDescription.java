package dev.luminara.render;

import dev.luminara.core.Entity;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a capture shows, as data: the camera, the entities whose meshes project into the image (in entity order) with
 * their screen boxes, the lights, the bounds of the scene, and notes such as "no active Camera". This is what a tool
 * returns next to the image so that a model need not guess positions from pixels.
 */
public record ViewDescription(
        ViewAngle angle,
        int width,
        int height,
        CameraView camera,
        List<VisibleEntity> entities,
        List<VisibleLight> lights,
        Bounds sceneBounds,
        List<String> notes) {

    public ViewDescription {
        entities = List.copyOf(entities);
        lights = List.copyOf(lights);
        notes = List.copyOf(notes);
    }

    public Optional<VisibleEntity> entity(Entity e) {
        return entities.stream().filter(v -> v.entity().equals(e)).findFirst();
    }

    public Optional<VisibleLight> light(Entity e) {
        return lights.stream().filter(v -> v.entity().equals(e)).findFirst();
    }

    /** The first entity with this name. */
    public Optional<VisibleEntity> named(String name) {
        return entities.stream().filter(v -> name.equals(v.name())).findFirst();
    }

    /**
     * "15 entities in the frame, 11 visible": what the view's frustum holds and how many of those show at least one
     * pixel (the rest are behind other things).
     */
    public String inFrame() {
        long seen = entities.stream().filter(v -> v.visiblePixels() > 0).count();
        return entities.size() + (entities.size() == 1 ? " entity" : " entities") + " in the frame, " + seen
                + " visible";
    }

    /** A compact plain-text form, one line per entity and light, for a model's context or a terminal. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        CameraView c = camera;
        String lens = c.projection() == Projection.PERSPECTIVE
                ? String.format(Locale.ROOT, "perspective %.0f deg", c.fovDegrees())
                : String.format(Locale.ROOT, "orthographic %.1f m tall", c.orthoSize() * 2);
        sb.append(String.format(
                Locale.ROOT,
                "%s view, %dx%d, %s, from %s at %s looking %s%n",
                angle.shortName(),
                width,
                height,
                lens,
                c.entity() == null ? "an automatic viewpoint" : (c.name() == null ? "" : c.name() + " ") + c.entity(),
                vec(c.position()),
                vec(c.forward())));
        for (String note : notes) sb.append("note: ").append(note).append('\n');
        sb.append(inFrame()).append(":\n");
        for (VisibleEntity v : entities) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %s %s: %s %s at %s, %.1f m away, box %s, %s%s%n",
                    v.entity(),
                    v.label(),
                    v.color().nearestName(),
                    v.kind().name().toLowerCase(Locale.ROOT),
                    vec(v.position()),
                    v.distance(),
                    v.box(),
                    v.visiblePixels() == 0 ? "hidden" : v.visiblePixels() + " px visible",
                    v.selected() ? ", selected" : ""));
        }
        sb.append(lights.size())
                .append(lights.size() == 1 ? " light" : " lights")
                .append(":\n");
        for (VisibleLight l : lights) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %s %s: %s, intensity %.2f%s at %s%s%n",
                    l.entity(),
                    l.label(),
                    l.kind().name().toLowerCase(Locale.ROOT),
                    l.intensity(),
                    l.kind() == LightKind.DIRECTIONAL
                            ? ", shining " + vec(l.direction())
                            : String.format(Locale.ROOT, ", range %.1f m", l.range()),
                    vec(l.position()),
                    l.screen() == null ? ", off screen" : ", on screen at " + l.screen()));
        }
        return sb.toString();
    }

    private static String vec(Vec3 v) {
        return String.format(Locale.ROOT, "(%.2f, %.2f, %.2f)", v.x(), v.y(), v.z());
    }
}
