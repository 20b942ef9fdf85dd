package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.runtime.GameRuntime;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the AI commands share: a scene loaded into the assembled runtime, a project opened for timeline work. */
final class AiCli {
    private AiCli() {}

    /** An engine over the assembled runtime holding {@code scene} (nothing simulated). */
    static AiEngine scene(Path scene, String encoding) {
        GameRuntime game = GameRuntime.builder().scene(scene).build();
        return AiEngine.builder().world(game.world()).encoding(encoding).build();
    }

    /**
     * An engine over a project folder's world and timeline. {@code write == false} never writes the scene file (for
     * commands that only read).
     */
    static AiEngine project(Path folder, boolean write, PrintWriter err) {
        ProjectLayout layout = ProjectLayout.of(folder);
        GameRuntime game = GameRuntime.builder()
                .assetRoot(layout.folder())
                .scriptRoot(Files.isDirectory(layout.scripts()) ? layout.scripts() : null)
                .build();
        AiEngine ai = AiEngine.builder()
                .world(game.world())
                .project(folder)
                .saveSceneOnChange(write)
                .build();
        ai.project().orElseThrow().warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        return ai;
    }
}
