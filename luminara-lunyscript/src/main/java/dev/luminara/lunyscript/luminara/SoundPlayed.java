package dev.luminara.lunyscript.luminara;

import dev.luminara.core.Entity;

/** An event: an entity asked for a one-shot sound; the audio system (or a test) reads {@code world.events(...)}. */
public record SoundPlayed(Entity entity, String clip) {}
