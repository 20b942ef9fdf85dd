package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.audio.Audio;
import dev.luminara.core.component.AudioSource;

/**
 * The entity's {@link AudioSource} as a player. A one-shot goes to the core's {@link Audio} (when the app has the
 * audio plugin, which plays it in {@code LATE_UPDATE}) and out as a {@link SoundPlayed} event, LunyScript's own record
 * of the request that tools and tests read.
 */
public final class AudioView {
    private final World world;
    private final Entity entity;

    AudioView(World world, Entity entity) {
        this.world = world;
        this.entity = entity;
    }

    public void playOneShot(String clip) {
        world.findResource(Audio.class).ifPresent(a -> a.playOneShot(entity, clip));
        world.events(SoundPlayed.class).send(new SoundPlayed(entity, clip));
    }

    public String getClip() {
        return world.get(entity, AudioSource.class).clip();
    }
}
