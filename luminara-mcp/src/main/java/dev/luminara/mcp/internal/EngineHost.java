package dev.luminara.mcp.internal;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.command.FolderScriptStore;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.mcp.McpServerException;
import dev.luminara.runtime.GameRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game the tools work on: an assembled runtime, the AI engine over its app (so every call runs between frames),
 * its timeline, and the thread that simulates it in real time while playing.
 */
public final class EngineHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineHost.class);

    private final GameRuntime game;
    private final AiEngine ai;
    private final Path temporary;
    private final Path timelineFile;
    private final String label;
    private Thread loop;
    private boolean closed;

    private EngineHost(GameRuntime game, AiEngine ai, Path temporary, Path timelineFile, String label) {
        this.game = game;
        this.ai = ai;
        this.temporary = temporary;
        this.timelineFile = timelineFile;
        this.label = label;
    }

    /**
     * Opens a scene file or a project folder. With {@code workingCopy} the game is copied to a temporary folder first
     * (scene files are always worked on as a project there: scene, scripts and timeline).
     */
    public static EngineHost open(Path sceneOrProject, boolean isProject, boolean workingCopy, int hz) {
        if (hz < 1 || hz > 1000) throw new McpServerException("hz " + hz + ": expected 1..1000");
        if (isProject) {
            if (!Files.isDirectory(sceneOrProject)) {
                throw new McpServerException(sceneOrProject + ": no such project folder");
            }
            Path folder = workingCopy ? WorkingCopy.ofProject(sceneOrProject) : sceneOrProject;
            return project(
                    folder, workingCopy ? folder.getParent() : null, hz, sceneOrProject.toString(), sceneOrProject);
        }
        if (!Files.isRegularFile(sceneOrProject)) {
            throw new McpServerException(sceneOrProject + ": no such scene file");
        }
        if (workingCopy) {
            Path folder = WorkingCopy.ofScene(sceneOrProject);
            return project(folder, folder, hz, sceneOrProject.toString(), sceneOrProject.getParent());
        }
        // In place: the scene is loaded, the history lives in a temporary timeline, scripts in the real folder.
        GameRuntime game = GameRuntime.builder().hz(hz).scene(sceneOrProject).build();
        Path tempTimeline = null;
        try {
            Path dir = Files.createTempDirectory("luminara-mcp-timeline-");
            tempTimeline = dir.resolve("timeline.db");
            ScriptStore scripts =
                    game.scriptRoot().<ScriptStore>map(FolderScriptStore::new).orElse(ScriptStore.inMemory());
            AiEngine ai = AiEngine.builder()
                    .app(game.app())
                    .timeline(tempTimeline)
                    .scripts(scripts)
                    .build();
            return new EngineHost(game, ai, dir, tempTimeline, sceneOrProject.toString());
        } catch (java.io.IOException | RuntimeException e) {
            game.close();
            if (tempTimeline != null) WorkingCopy.delete(tempTimeline.getParent());
            if (e instanceof RuntimeException r) throw r;
            throw new McpServerException("cannot create a timeline: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the project in {@code folder}; a working copy ({@code temporary} not null) is deleted when that fails, and
     * the error names {@code original} (the user's folder, or null for the current one) instead of the copy.
     */
    private static EngineHost project(Path folder, Path temporary, int hz, String label, Path original) {
        GameRuntime game = null;
        try {
            ProjectLayout layout = ProjectLayout.of(folder);
            game = GameRuntime.builder()
                    .hz(hz)
                    .assetRoot(layout.folder())
                    .scriptRoot(Files.isDirectory(layout.scripts()) ? layout.scripts() : null)
                    .build();
            AiEngine ai = AiEngine.builder().app(game.app()).project(folder).build();
            ai.project().orElseThrow().warnings().forEach(w -> LOG.warn("{}", w));
            return new EngineHost(game, ai, temporary, layout.timeline(), label);
        } catch (RuntimeException e) {
            if (game != null) game.close();
            RuntimeException shown = temporary == null ? e : WorkingCopy.inUserTerms(e, folder, original);
            WorkingCopy.delete(temporary);
            throw shown;
        }
    }

    public AiEngine ai() {
        return ai;
    }

    public App app() {
        return game.app();
    }

    public GameRuntime game() {
        return game;
    }

    public OperationTimeline timeline() {
        return ai.timeline().orElseThrow();
    }

    /** What was opened (for messages). */
    public String label() {
        return label;
    }

    public Path timelineFile() {
        return timelineFile;
    }

    /** Runs {@code action} between frames. */
    public <T> T call(Function<World, T> action) {
        return ai.withWorld(action);
    }

    /** Simulates in real time from now on (starting the simulation thread the first time). */
    public synchronized void play() {
        game.app().setPaused(false);
        if (loop == null) {
            loop = new Thread(() -> game.app().runRealtime(null), "luminara-sim");
            loop.setDaemon(true);
            loop.start();
        }
    }

    public synchronized void pause() {
        game.app().setPaused(true);
    }

    public synchronized boolean playing() {
        return loop != null && !game.app().isPaused();
    }

    /** Pauses, then simulates {@code frames} fixed steps now; returns the frame reached. */
    public long step(int frames) {
        pause();
        for (int i = 0; i < frames; i++) game.app().step();
        return frame();
    }

    public long frame() {
        return call(w -> game.app().frame());
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        game.app().stop();
        if (loop != null) {
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            ai.close();
        } finally {
            game.close();
            WorkingCopy.delete(temporary);
        }
    }
}
