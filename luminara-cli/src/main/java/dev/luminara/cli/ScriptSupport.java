package dev.luminara.cli;

import dev.luminara.core.Entity;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Scripting for {@code luminara run}: the scripts folder ({@code --scripts}, or {@code scripts/} next to the scene),
 * the Lua and WASM runtimes found on the class path, hot reload with {@code --watch}, and one line per reload, script
 * error and script log line as they happen.
 */
final class ScriptSupport implements ScriptListener {
    private final PrintWriter out;

    private ScriptSupport(PrintWriter out) {
        this.out = out;
    }

    /** The scripts folder for {@code scene}: {@code explicit} if given, else {@code scripts/} beside the scene. */
    static Optional<Path> folder(Path scene, Path explicit) {
        if (explicit != null) return Optional.of(explicit);
        Path parent = scene.toAbsolutePath().getParent();
        Path beside = parent == null ? null : parent.resolve("scripts");
        return beside != null && Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    }

    static ScriptingPlugin plugin(Optional<Path> folder, boolean watch, PrintWriter out) {
        ScriptingPlugin.Builder b = ScriptingPlugin.builder().listener(new ScriptSupport(out));
        if (folder.isPresent()) {
            if (!Files.isDirectory(folder.get())) {
                throw new ScriptException("--scripts: " + folder.get() + " is not a folder");
            }
            b.scriptRoot(folder.get()).hotReload(watch);
        } else {
            if (watch) {
                throw new ScriptException(
                        "--watch needs a scripts folder: put one named 'scripts' next to the scene or pass --scripts DIR");
            }
            b.sources(id -> Optional.empty());
        }
        return b.build();
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
