package dev.luminara.ai.project;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.FolderScriptStore;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.ai.timeline.TimelineOptions;
import dev.luminara.core.World;
import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.SceneException;
import dev.luminara.core.scene.Scenes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A game folder opened for AI work: its scene in a world, its scripts, and its durable timeline. The first time, the
 * scene file becomes the timeline's initial state; afterwards the world is rebuilt from the timeline's head (the
 * timeline is the history, the scene file its working copy). The scene file is saved after every change of the
 * timeline's head, so {@code luminara run} sees what the agent did: a fork of the world is written on a background
 * thread (saves queued meanwhile collapse into the newest), and {@link #awaitSaved()} or {@link #close()} wait for it.
 * A scene file edited behind the timeline's back is copied to {@code .luminara/backups/} before it is overwritten, and
 * {@link #warnings()} says so; a file that is still what the project last wrote is not (see {@link SavedMark}). Opened with {@code
 * saveOnChange == false} (read-only tools: a log, a diff) the scene file is never written.
 */
public final class AiProject implements AutoCloseable {
    /** Beside the timeline: the SHA-256 of the scene text last written (see {@link SavedMark}). */
    static final String SCENE_MARK = "scene.sha256";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ProjectLayout layout;
    private final World world;
    private final ScriptStore scripts;
    private final CommandExecutor executor;
    private final OperationTimeline timeline;
    private final List<String> warnings = new ArrayList<>();
    private final boolean saveOnChange;
    private final String sceneName;
    private final SavedMark mark;
    private final SceneSaver saver;

    private AiProject(ProjectLayout layout, World world, boolean saveOnChange, TimelineOptions options) {
        this.layout = layout;
        this.world = world;
        this.saveOnChange = saveOnChange;
        this.scripts = new FolderScriptStore(layout.scripts());
        this.executor = new CommandExecutor(world, scripts);
        if (world.entityCount() > 0) {
            throw new ProjectException(
                    "open a project into an empty world (this one has " + world.entityCount() + " entities)");
        }
        boolean existing = layout.hasTimeline();
        Scene onDisk = null;
        String broken = null;
        try {
            onDisk = Scenes.read(layout.scene(), world.components());
        } catch (SceneException e) {
            if (!existing) throw e; // nothing else to open the project from
            broken = e.getMessage();
        }
        this.sceneName = onDisk != null ? onDisk.name() : defaultName(layout.scene());
        this.mark = new SavedMark(layout.timeline().resolveSibling(SCENE_MARK));
        this.saver = new SceneSaver(layout.scene(), sceneName, mark);
        if (!existing) Scenes.spawn(onDisk, world, layout.scene().toString());
        this.timeline = OperationTimeline.open(layout.timeline(), executor, options.withSceneName(sceneName));
        if (existing) reconcile(onDisk, broken);
        timeline.addListener(head -> {
            if (this.saveOnChange) saver.submit(world.fork());
        });
    }

    /**
     * Brings the scene file in line with the world, which is the timeline's head. A file that is what this project
     * last wrote may still differ: it was saved from a live world that had simulated since the last command, and
     * commands are all a timeline replays. Anything else was edited behind the timeline's back: it is backed up first,
     * or, opened read-only, left alone.
     */
    private void reconcile(Scene onDisk, String broken) {
        if (onDisk != null && Scenes.write(onDisk).equals(sceneText())) return;
        if (onDisk != null && mark.matches(readQuietly(layout.scene()))) {
            if (saveOnChange) save();
            return;
        }
        String problem = broken != null
                ? " cannot be read (" + broken + ")"
                : " differs from the timeline's head (edited outside the timeline?)";
        if (!saveOnChange) {
            warnings.add(layout.scene().getFileName() + problem
                    + "; the world is the timeline's head (the file is left as it is: opened read-only)");
            return;
        }
        Path backup = backup();
        warnings.add(
                layout.scene().getFileName() + problem + "; the world is the timeline's head and the file was kept as "
                        + layout.folder().relativize(backup));
        save();
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // unreadable: cannot be what the project wrote
        }
    }

    /** Opens {@code folder} into {@code world} (which must be empty and know the scene's component types). */
    public static AiProject open(Path folder, World world) {
        return open(folder, world, TimelineOptions.DEFAULT, true);
    }

    public static AiProject open(Path folder, World world, TimelineOptions options, boolean saveOnChange) {
        return new AiProject(ProjectLayout.of(folder), world, saveOnChange, options);
    }

    public ProjectLayout layout() {
        return layout;
    }

    public World world() {
        return world;
    }

    public ScriptStore scripts() {
        return scripts;
    }

    public CommandExecutor executor() {
        return executor;
    }

    public OperationTimeline timeline() {
        return timeline;
    }

    /** What opening found worth telling (a scene file changed outside the timeline, say). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Writes the world to the scene file, atomically, after any background save still queued. */
    public void save() {
        saver.flush();
        mark.record(Scenes.save(world, sceneName, layout.scene()));
    }

    /**
     * Waits until the scene file holds the world as of the last head change (saves after a change run on a background
     * thread, so a head change returns before its file is written).
     */
    public void awaitSaved() {
        saver.flush();
    }

    private String sceneText() {
        return Scenes.write(Scenes.capture(world, sceneName));
    }

    private static String defaultName(Path scene) {
        String file = scene.getFileName().toString();
        return file.endsWith(".scene.json") ? file.substring(0, file.length() - ".scene.json".length()) : file;
    }

    private Path backup() {
        Path name = layout.scene().getFileName();
        Path target = layout.backups().resolve(name + "." + LocalDateTime.now().format(STAMP) + ".bak");
        try {
            Files.createDirectories(layout.backups());
            Files.copy(layout.scene(), target, StandardCopyOption.COPY_ATTRIBUTES);
            return target;
        } catch (IOException e) {
            throw new ProjectException("cannot back up " + layout.scene() + " to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            saver.close();
        } finally {
            timeline.close();
        }
    }
}
