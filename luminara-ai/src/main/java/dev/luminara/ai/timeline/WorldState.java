package dev.luminara.ai.timeline;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.Scenes;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Captures and restores the whole state a timeline tracks: the world's entities (as a scene, ids and every component
 * kept) and the tracked scripts (as {@link StoredScript}s, so binary modules too). Restoring replaces every entity, so it needs no pending commands.
 */
final class WorldState {
    private final CommandExecutor executor;
    private final String sceneName;

    WorldState(CommandExecutor executor, String sceneName) {
        this.executor = executor;
        this.sceneName = sceneName;
    }

    /**
     * Script paths a draft touches that are not tracked yet, with their content before it ({@link StoredScript} form;
     * null: absent). The last inverse undoes the first command, so walking the inverses backwards meets each path's
     * earliest state first.
     */
    static Map<String, String> newlyTracked(OperationDraft draft, Map<String, String> tracked) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        java.util.List<EngineCommand> inverses = draft.inverses();
        for (int i = inverses.size() - 1; i >= 0; i--) {
            EngineCommand c = inverses.get(i);
            String path = null, before = null;
            if (c instanceof EngineCommand.DeleteScript d) {
                path = d.path();
            } else if (c instanceof EngineCommand.ModifyScript m) {
                path = m.path();
                before = StoredScript.ofText(m.source());
            } else if (c instanceof EngineCommand.CreateScript cr) {
                path = cr.path();
                before = StoredScript.ofText(cr.source());
            } else if (c instanceof EngineCommand.WriteScriptBytes w) {
                path = w.path();
                before = StoredScript.of(w.bytes());
            }
            if (path != null && !tracked.containsKey(path) && !out.containsKey(path)) out.put(path, before);
        }
        return out;
    }

    String captureScene() {
        return Scenes.write(Scenes.capture(executor.world(), sceneName));
    }

    Map<String, String> captureScripts(Iterable<String> tracked) {
        Map<String, String> out = new TreeMap<>();
        for (String path : tracked) {
            out.put(
                    path,
                    executor.scripts().readBytes(path).map(StoredScript::of).orElse(null));
        }
        return out;
    }

    /** A snapshot read and validated, ready to restore (scenes hold immutable records, so it can be kept). */
    record Parsed(long operation, Scene scene, Map<String, String> scripts) {}

    Parsed parse(TimelineStore.Snapshot snapshot) {
        String source = "timeline snapshot #" + snapshot.operation();
        return new Parsed(
                snapshot.operation(),
                Scenes.parse(snapshot.scene(), source, executor.world().components()),
                snapshot.scripts());
    }

    /**
     * Puts the world and scripts back as in {@code snapshot}. Tracked scripts the snapshot does not list were first
     * touched later, so they get their content from before the timeline touched them.
     */
    void restore(Parsed snapshot, Map<String, String> tracked) {
        World world = executor.world();
        Scene scene = snapshot.scene();
        if (!world.commands().isEmpty()) {
            throw new TimelineException("the world has pending commands; apply them before a checkout");
        }
        for (Entity e : world.entities()) {
            if (world.isAlive(e)) world.despawn(e);
        }
        Scenes.spawn(scene, world, "timeline snapshot #" + snapshot.operation());
        ScriptStore scripts = executor.scripts();
        for (Map.Entry<String, String> t : tracked.entrySet()) {
            String wanted = snapshot.scripts().containsKey(t.getKey())
                    ? snapshot.scripts().get(t.getKey())
                    : t.getValue();
            Optional<byte[]> now = scripts.readBytes(t.getKey());
            if (wanted == null) {
                if (now.isPresent()) scripts.delete(t.getKey());
            } else {
                byte[] bytes = StoredScript.bytes(wanted);
                if (now.isEmpty() || !Arrays.equals(now.get(), bytes)) scripts.writeBytes(t.getKey(), bytes);
            }
        }
    }
}
