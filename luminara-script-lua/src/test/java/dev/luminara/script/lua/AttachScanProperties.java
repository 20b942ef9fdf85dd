package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptState;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The host skips its attach/detach scan on frames where no Script component was added, changed or lost. For random
 * spawns, despawns, removals, path changes, pauses and snapshot restores between frames, the attached scripts after
 * every frame are exactly the entities that have the component, each running the script its component names and
 * paused exactly when the component says so.
 */
class AttachScanProperties {
    enum Op {
        SPAWN_A,
        SPAWN_B,
        DESPAWN,
        REMOVE,
        SWAP_PATH,
        PAUSE,
        RESUME,
        SNAPSHOT,
        RESTORE,
        NOTHING
    }

    @Property(tries = 60)
    void attachedScriptsFollowTheComponents(@ForAll("ops") List<Op> ops, @ForAll("picks") List<Integer> picks) {
        try (LuaHarness h = new LuaHarness()) {
            h.file("a.lua", "return { on_update = function(self, dt) self.n = (self.n or 0) + 1 end }");
            h.file("b.lua", "return { on_update = function(self, dt) end }");
            List<Entity> all = new ArrayList<>();
            WorldSnapshot snap = null;
            for (int i = 0; i < ops.size(); i++) {
                int pick = picks.isEmpty() ? 0 : picks.get(i % picks.size());
                Entity e = all.isEmpty() ? null : all.get(Math.floorMod(pick, all.size()));
                boolean scripted = e != null && h.world.isAlive(e) && h.world.has(e, ScriptComponent.class);
                switch (ops.get(i)) {
                    case SPAWN_A -> all.add(h.spawn("e" + i, "a.lua"));
                    case SPAWN_B -> all.add(h.spawn("e" + i, "b.lua"));
                    case DESPAWN -> {
                        if (e != null && h.world.isAlive(e)) h.world.despawn(e);
                    }
                    case REMOVE -> {
                        if (scripted) h.world.remove(e, ScriptComponent.class);
                    }
                    case SWAP_PATH -> {
                        if (scripted) {
                            ScriptComponent c = h.world.get(e, ScriptComponent.class);
                            String other = c.path().equals("a.lua") ? "b.lua" : "a.lua";
                            h.world.set(e, new ScriptComponent(other, c.enabled()));
                        }
                    }
                    case PAUSE, RESUME -> {
                        if (scripted) {
                            ScriptComponent c = h.world.get(e, ScriptComponent.class);
                            h.world.set(e, c.withEnabled(ops.get(i) == Op.RESUME));
                        }
                    }
                    case SNAPSHOT -> snap = h.world.snapshot();
                    case RESTORE -> {
                        if (snap != null) h.world.restore(snap);
                    }
                    case NOTHING -> {}
                }
                h.frame();
                check(h, all);
            }
        }
    }

    private static void check(LuaHarness h, List<Entity> all) {
        for (Entity e : all) {
            boolean scripted = h.world.isAlive(e) && h.world.has(e, ScriptComponent.class);
            var state = h.host.state(e);
            assertThat(state.isPresent()).as(e + " attached").isEqualTo(scripted);
            if (!scripted) continue;
            ScriptComponent c = h.world.get(e, ScriptComponent.class);
            assertThat(state.get() instanceof ScriptState.Paused)
                    .as(e + " paused")
                    .isEqualTo(!c.enabled());
            var instance = h.host.instance(e); // a script attached while paused has not started: no instance yet
            if (instance.isEmpty()) assertThat(c.enabled()).as(e + " started").isFalse();
            else
                assertThat(instance.get().context().script().path())
                        .as(e + " script")
                        .isEqualTo(c.path());
        }
        assertThat(h.errors).isEmpty();
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Arbitraries.of(Op.class).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(25);
    }
}
