package dev.luminara.ai.testing;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.testing.Samples;

/** The sample arena loaded into a fresh world, and lookups by name for assertions. */
public final class Arena {
    private Arena() {}

    public static World load() {
        World world = new World();
        Scenes.load(Samples.arenaScene(), world);
        return world;
    }

    public static Entity named(World world, String name) {
        return world.query(Name.class).entities().stream()
                .filter(e -> world.get(e, Name.class).value().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }
}
