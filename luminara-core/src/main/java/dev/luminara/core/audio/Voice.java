package dev.luminara.core.audio;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;

/**
 * One sound being played: which entity and clip, the sample frame it started at (on the app's audio clock, see
 * {@link Audio#sampleAt}), whether it loops, and the gain and position it had at the last audio update. A null
 * position is a sound without a place (its entity has no transform): heard at full volume, centred.
 */
public record Voice(
        Entity entity, String clip, long startSample, boolean loop, float volume, boolean oneShot, Vec3 position) {
    Voice at(float newVolume, Vec3 newPosition) {
        return new Voice(entity, clip, startSample, loop, newVolume, oneShot, newPosition);
    }
}
