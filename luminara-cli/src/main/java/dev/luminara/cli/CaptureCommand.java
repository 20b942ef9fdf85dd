package dev.luminara.cli;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Name;
import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.Capture;
import dev.luminara.render.CaptureConfig;
import dev.luminara.render.ImageFormat;
import dev.luminara.render.RenderException;
import dev.luminara.render.ViewAngle;
import dev.luminara.render.Viewport;
import dev.luminara.runtime.GameRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara capture <scene> --out shot.png}: renders a scene to images with the software renderer. */
@Command(
        name = "capture",
        mixinStandardHelpOptions = true,
        description = {
            "Render a scene to PNG (or JPEG) without a display: the scene camera's view and/or framed top, front and"
                    + " isometric views, optionally annotated with names, bounding boxes and lights.",
            "With one angle the image is written to --out; with several, each goes to <out>-<angle>.<ext> and --out"
                    + " gets a contact sheet of all of them."
        })
final class CaptureCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene>", description = "Scene file (luminara.scene/1 JSON).")
    Path scene;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Image to write (.png or .jpg).")
    Path out;

    @Option(names = "--annotate", description = "Draw entity names, bounding boxes and light positions.")
    boolean annotate;

    @Option(
            names = "--angles",
            paramLabel = "LIST",
            defaultValue = "camera",
            description = "Comma-separated views: camera, top, front, iso (default: ${DEFAULT-VALUE}).")
    String angles;

    @Option(
            names = "--width",
            paramLabel = "W",
            defaultValue = "1280",
            description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--height",
            paramLabel = "H",
            defaultValue = "720",
            description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--frames",
            paramLabel = "N",
            defaultValue = "0",
            description = "Frames to simulate with the default plugins before capturing (default: ${DEFAULT-VALUE}).")
    long frames;

    @Option(
            names = "--select",
            paramLabel = "ENTITIES",
            split = ",",
            description = "Entities to highlight, by name or id (12 or 12v0), comma-separated.")
    List<String> select = new ArrayList<>();

    @Option(
            names = "--supersample",
            paramLabel = "S",
            defaultValue = "2",
            description = "Samples per pixel along each axis, 1 to 4 (default: ${DEFAULT-VALUE}).")
    int supersample;

    @Option(names = "--format", paramLabel = "FMT", description = "png or jpeg (default: from the --out extension).")
    String format;

    @Option(names = "--no-shadows", description = "Skip the shadow of the main directional light.")
    boolean noShadows;

    @Option(names = "--no-grid", description = "Leave the grid lines off the ground.")
    boolean noGrid;

    @Option(
            names = "--describe",
            description = "Print what each view shows: camera, entities with screen boxes, lights.")
    boolean describe;

    @Override
    public Integer call() {
        if (frames < 0) throw usage("--frames must be >= 0, got " + frames);
        CaptureConfig config;
        ImageFormat imageFormat;
        List<ViewAngle> views;
        try {
            views = ViewAngle.parseList(angles);
            imageFormat = format != null ? ImageFormat.parse(format) : formatOf(out);
            config = CaptureConfig.defaults()
                    .withSize(width, height)
                    .withSupersample(supersample)
                    .withFormat(imageFormat)
                    .withAngles(views)
                    .withShadows(!noShadows)
                    .withGrid(!noGrid);
        } catch (RenderException e) {
            throw usage(e.getMessage());
        }
        GameRuntime game = GameRuntime.builder().scene(scene).build();
        App app = game.app();
        if (frames > 0) app.runFrames(frames);
        AnnotationConfig annotations = annotate ? AnnotationConfig.ALL : AnnotationConfig.NONE;
        if (!select.isEmpty()) annotations = annotations.selecting(resolve(app.world(), select));
        Viewport viewport = Viewport.of(config.withAnnotations(annotations));
        List<Capture> captures = viewport.captureAll(app.world());

        PrintWriter pw = spec.commandLine().getOut();
        if (captures.size() == 1) {
            write(pw, captures.get(0), out);
        } else {
            for (Capture c : captures) write(pw, c, sibling(out, c.angle(), imageFormat));
            Viewport.contactSheet(captures).write(out, imageFormat);
            pw.println("wrote " + out + " (contact sheet of " + captures.size() + " views)");
        }
        if (describe) {
            for (Capture c : captures) pw.print(c.description().toText());
        }
        pw.flush();
        game.close();
        return 0;
    }

    private void write(PrintWriter pw, Capture c, Path file) {
        c.image().write(file, c.format());
        pw.println(String.format(
                Locale.ROOT,
                "wrote %s (%dx%d, %s view, %s)",
                file,
                c.image().width(),
                c.image().height(),
                c.angle().shortName(),
                c.description().inFrame()));
    }

    /** {@code shots/arena.png} and TOP give {@code shots/arena-top.png}. */
    static Path sibling(Path out, ViewAngle angle, ImageFormat format) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "." + format.extension();
        return out.resolveSibling(stem + "-" + angle.shortName() + ext);
    }

    private ImageFormat formatOf(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return ImageFormat.JPEG;
        if (name.endsWith(".png")) return ImageFormat.PNG;
        // a .bmp or .gif name would get PNG bytes: say so rather than write a file its name misdescribes
        throw usage("--out " + out + ": the image must be .png, .jpg or .jpeg (or give --format png|jpeg)");
    }

    /** Names or ids to entities; an unknown one is a usage error that says which. */
    private List<Entity> resolve(World world, List<String> refs) {
        List<Entity> out = new ArrayList<>();
        for (String ref : refs) {
            String r = ref.strip();
            if (r.isEmpty()) continue;
            Entity found = null;
            for (Entity e : world.entities()) {
                if (world.find(e, Name.class).map(n -> n.value().equals(r)).orElse(false)) {
                    found = e;
                    break;
                }
            }
            if (found == null && r.matches("\\d+(v\\d+)?")) {
                Entity id = Entity.parse(r);
                if (world.isAlive(id)) found = id;
            }
            if (found == null) throw usage("--select: no entity named or numbered '" + r + "' in " + scene);
            out.add(found);
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
