package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;

/** The entity's {@link AudioSource} as a player: one-shot requests go out as {@link SoundPlayed} events. */
public final class AudioView {
    private final World world;
    private final Entity entity;

    AudioView(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    public void playOneShot(String clip) {
        world.events(SoundPlayed.class).send(new SoundPlayed(entity, clip));
    }

    public String getClip() {
        return world.get(entity, AudioSource.class).clip();
    }
}
