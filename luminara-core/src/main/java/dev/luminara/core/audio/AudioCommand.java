package dev.luminara.core.audio;

import dev.luminara.core.Entity;
import java.util.Objects;

/**
 * A request to the audio system, queued with {@link Audio} and carried out in {@code Stage.LATE_UPDATE} of the same
 * frame. A request that cannot be carried out (no such entity, no {@code AudioSource}, unknown clip) is reported as an
 * {@link AudioProblem} event and changes nothing.
 */
public sealed interface AudioCommand {
    Entity entity();

    /** Starts (or restarts from the beginning) the entity's {@code AudioSource} clip. */
    record Play(Entity entity) implements AudioCommand {
        public Play {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** Stops everything the entity is playing, its source clip and its one-shots. */
    record Stop(Entity entity) implements AudioCommand {
        public Stop {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * Plays {@code clip} once from the entity's position, on top of whatever it plays; the entity needs no
     * {@code AudioSource} (if it has one, its volume applies too). The sound finishes even if the entity is despawned,
     * from where the entity was last.
     */
    record PlayOneShot(Entity entity, String clip, float volume) implements AudioCommand {
        public PlayOneShot {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(clip, "clip");
        }
    }
}
