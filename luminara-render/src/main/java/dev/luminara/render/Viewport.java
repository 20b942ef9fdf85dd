package dev.luminara.render;

import dev.luminara.core.World;
import dev.luminara.render.internal.Annotator;
import dev.luminara.render.internal.DescriptionBuilder;
import dev.luminara.render.internal.Frame;
import dev.luminara.render.internal.FrameRenderer;
import dev.luminara.render.internal.Framing;
import dev.luminara.render.internal.ImageDiff;
import dev.luminara.render.internal.Lighting;
import dev.luminara.render.internal.RenderCamera;
import dev.luminara.render.internal.RenderLight;
import dev.luminara.render.internal.SceneData;
import dev.luminara.render.internal.SceneExtractor;
import dev.luminara.render.internal.ShadowMap;
import dev.luminara.render.internal.SheetComposer;
import java.util.ArrayList;
import java.util.List;

/**
 * The renderer's entry point: captures of a world (shaded meshes, ground grid, optional overlays) from its camera and
 * from framed top, front and isometric views, with a structured description of what each shows; and before/after
 * comparisons that put an operation's entity changes next to the pixels they changed.
 *
 * <p>Rendering is software only (no display, no GPU) and deterministic: the same world and configuration give the
 * same pixels. A capture reads the world and changes nothing; call it on the thread that owns the world.
 */
public final class Viewport {
    private final CaptureConfig config;

    private Viewport(CaptureConfig config) {
        this.config = config;
    }

    public static Viewport of(CaptureConfig config) {
        if (config == null) throw new RenderException("config is required");
        return new Viewport(config);
    }

    public static Viewport defaults() {
        return new Viewport(CaptureConfig.defaults());
    }

    public CaptureConfig config() {
        return config;
    }

    /** The scene camera's view. */
    public Capture capture(World world) {
        return capture(world, ViewAngle.CAMERA);
    }

    public Capture capture(World world, ViewAngle angle) {
        Prepared p = prepare(world);
        return render(p, angle);
    }

    /** One capture per angle of the configuration, in its order; the world is read once. */
    public List<Capture> captureAll(World world) {
        Prepared p = prepare(world);
        List<Capture> out = new ArrayList<>();
        for (ViewAngle a : config.angles()) out.add(render(p, a));
        return List.copyOf(out);
    }

    /**
     * What changed between two captures of the same view: heat map, changed regions, and {@code changes} (the
     * caller's entity-level change list, e.g. from the operation timeline) placed where each entity was drawn before
     * and after. Regions that no listed change accounts for are reported as unexplained.
     */
    public Comparison compareBeforeAfter(Capture before, Capture after, List<EntityChange> changes) {
        return compareBeforeAfter(before, after, changes, DiffSettings.DEFAULT);
    }

    public Comparison compareBeforeAfter(
            Capture before, Capture after, List<EntityChange> changes, DiffSettings settings) {
        return ImageDiff.compare(
                before.image(), after.image(), before.description(), after.description(), changes, settings);
    }

    /** Compares two images without descriptions: regions and heat map only, nothing attributed to entities. */
    public Comparison compareImages(Image before, Image after, DiffSettings settings) {
        return ImageDiff.compare(before, after, null, null, List.of(), settings);
    }

    /** The captures side by side in a grid (two columns for four views), each titled with its angle. */
    public static Image contactSheet(List<Capture> captures) {
        return SheetComposer.compose(captures);
    }

    private record Prepared(SceneData scene, Lighting lighting, List<String> notes) {}

    private Prepared prepare(World world) {
        SceneData scene = SceneExtractor.extract(world);
        List<String> notes = new ArrayList<>();
        List<RenderLight> lights = scene.lights();
        if (lights.isEmpty()) {
            lights = List.of(Lighting.defaultLight());
            notes.add("no Light in the scene: shaded with a default light from above");
        }
        int primary = Lighting.primaryDirectional(lights);
        ShadowMap shadows = null;
        if (config.shadows() && primary >= 0 && !scene.items().isEmpty()) {
            int size = Math.max(512, Math.min(2048, Math.max(config.width(), config.height()) * config.supersample()));
            shadows = ShadowMap.render(scene, lights.get(primary).direction(), size);
        }
        return new Prepared(scene, Lighting.of(lights, primary, shadows), notes);
    }

    private Capture render(Prepared p, ViewAngle angle) {
        List<String> notes = new ArrayList<>(p.notes());
        if (angle == ViewAngle.CAMERA && p.scene().camera() == null) {
            notes.add("no active Camera: automatic perspective view from the south");
        }
        RenderCamera camera = Framing.camera(p.scene(), angle, config.width() / (float) config.height());
        Frame frame = FrameRenderer.render(
                p.scene(), camera, p.lighting(), config.width(), config.height(), config.supersample(), config.grid());
        ViewDescription description = DescriptionBuilder.describe(p.scene(), frame, angle, config.annotations(), notes);
        int[] rgb = frame.rgb();
        if (config.annotations().any()) {
            rgb = Annotator.annotate(frame, p.scene(), description, config.annotations());
        }
        return new Capture(Image.of(frame.width(), frame.height(), rgb), description, config.format());
    }
}
