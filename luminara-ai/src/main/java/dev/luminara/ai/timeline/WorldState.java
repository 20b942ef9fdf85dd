package dev.luminara.ai.timeline;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.Scenes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Captures and restores the whole state a timeline tracks: the world's entities (as a scene, ids and every component
 * kept) and the tracked scripts. Restoring replaces every entity, so it needs no pending commands.
 */
final class WorldState {
    private final CommandExecutor executor;
    private final String sceneName;

    WorldState(CommandExecutor executor, String sceneName) {
        this.executor = executor;
        this.sceneName = sceneName;
    }

    String captureScene() {
        return Scenes.write(Scenes.capture(executor.world(), sceneName));
    }

    Map<String, String> captureScripts(Iterable<String> tracked) {
        Map<String, String> out = new TreeMap<>();
        for (String path : tracked) out.put(path, executor.scripts().read(path).orElse(null));
        return out;
    }

    /**
     * Puts the world and scripts back as in {@code snapshot}. Tracked scripts the snapshot does not list were first
     * touched later, so they get their content from before the timeline touched them.
     */
    void restore(TimelineStore.Snapshot snapshot, Map<String, String> tracked) {
        World world = executor.world();
        Scene scene = Scenes.parse(snapshot.scene(), "timeline snapshot #" + snapshot.operation(), world.components());
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
            Optional<String> now = scripts.read(t.getKey());
            if (wanted == null) {
                if (now.isPresent()) scripts.delete(t.getKey());
            } else if (!now.equals(Optional.of(wanted))) {
                scripts.write(t.getKey(), wanted);
            }
        }
    }
}
