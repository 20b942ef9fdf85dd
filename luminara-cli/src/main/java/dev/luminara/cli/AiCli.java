package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.scene.Scenes;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptStatus;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What the AI commands share: a scene loaded into a default app, a project opened for timeline work. */
final class AiCli {
    private AiCli() {}

    /**
     * A default app whose world also knows the scripting layer's components, so scripted scenes load; nothing is
     * stepped, so no script runs.
     */
    static App app() {
        App app = App.builder().plugin(new DefaultPlugins()).build();
        app.world().register(ScriptComponent.class);
        app.world().register(ScriptStatus.class);
        return app;
    }

    /** An engine over a default app holding {@code scene}, its transforms propagated once (nothing simulated). */
    static AiEngine scene(Path scene, String encoding) {
        App app = app();
        Scenes.load(scene, app.world());
        return AiEngine.builder().world(app.world()).encoding(encoding).build();
    }

    /**
     * An engine over a project folder's world and timeline. {@code write == false} never writes the scene file (for
     * commands that only read).
     */
    static AiEngine project(Path folder, boolean write, PrintWriter err) {
        App app = app();
        AiEngine ai = AiEngine.builder()
                .world(app.world())
                .project(folder)
                .saveSceneOnChange(write)
                .build();
        ai.project().orElseThrow().warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        return ai;
    }
}
