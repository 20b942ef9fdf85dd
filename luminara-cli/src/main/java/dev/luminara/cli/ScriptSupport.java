package dev.luminara.cli;

import dev.luminara.core.Entity;
import dev.luminara.runtime.GameRuntimeBuilder;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scripting for {@code luminara run}: the scripts folder ({@code --scripts}, or {@code scripts/} next to the scene),
 * hot reload with {@code --watch}, and one line per reload, script error and script log line as they happen.
 */
final class ScriptSupport implements ScriptListener {
    private final PrintWriter out;

    private ScriptSupport(PrintWriter out) {
        this.out = out;
    }

    /**
     * Adds the CLI's script reporting to a game: one line per reload, script error and log line; {@code --scripts}
     * overrides the folder beside the scene and {@code --watch} turns hot reload on.
     */
    static GameRuntimeBuilder game(GameRuntimeBuilder game, Path scene, Path scripts, boolean watch, PrintWriter out) {
        Path parent = scene.toAbsolutePath().getParent();
        if (watch && scripts == null && (parent == null || !Files.isDirectory(parent.resolve("scripts")))) {
            throw new ScriptException(
                    "--watch needs a scripts folder: put one named 'scripts' next to the scene or pass --scripts DIR");
        }
        if (scripts != null) {
            if (!Files.isDirectory(scripts)) {
                throw new ScriptException("--scripts: " + scripts + " is not a folder");
            }
            game.scriptRoot(scripts);
        }
        return game.hotReload(watch).listener(new ScriptSupport(out));
    }

    @Override
    public void reloaded(ScriptId script, ReloadStrategy strategy, int instances) {
        out.println("reload: " + script + " (" + strategy + ", " + instances + " entit" + (instances == 1 ? "y" : "ies")
                + ")");
        out.flush();
    }

    @Override
    public void failed(ScriptError error) {
        out.println("script error: " + error.describe());
        out.flush();
    }

    @Override
    public void logged(ScriptId script, Entity entity, String level, String message) {
        out.println("log " + level + ": " + script + " (" + entity + "): " + message);
        out.flush();
    }
}
