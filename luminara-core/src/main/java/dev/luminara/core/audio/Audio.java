package dev.luminara.core.audio;

import dev.luminara.core.Entity;
import dev.luminara.core.Snapshottable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audio API and state: the world resource {@code Audio.class} (added by {@link AudioPlugin}). Scripts and systems
 * call {@link #play}, {@link #stop} and {@link #playOneShot}; the requests are carried out in
 * {@code Stage.LATE_UPDATE} of the same frame. What is playing ({@link #voices()}) is part of the world's state, so a
 * restored snapshot plays the same sounds from the same positions, and the sound of a run is a function of the run.
 *
 * <p>Entities whose {@code AudioSource} has {@code playOnStart} start playing in the frame their source first appears.
 * A non-looping sound ends after its clip. The audio clock is the unscaled frame clock: slow motion and game pause do
 * not change the pitch or stop sounds.
 */
public final class Audio implements Snapshottable<Audio> {
    /** Output and clip sample rate, in sample frames per second. */
    public static final int SAMPLE_RATE = 44_100;

    final List<AudioCommand> pending = new ArrayList<>();
    final List<Voice> voices = new ArrayList<>();
    ListenerPose listener;
    long scannedTick;

    public Audio() {}

    private Audio(Audio source) {
        pending.addAll(source.pending);
        voices.addAll(source.voices);
        listener = source.listener;
        scannedTick = source.scannedTick;
    }

    /** Starts (or restarts) the entity's {@code AudioSource} clip. */
    public void play(Entity entity) {
        send(new AudioCommand.Play(entity));
    }

    /** Stops everything the entity plays. */
    public void stop(Entity entity) {
        send(new AudioCommand.Stop(entity));
    }

    /** Plays {@code clip} once from the entity's position at full volume. */
    public void playOneShot(Entity entity, String clip) {
        playOneShot(entity, clip, 1f);
    }

    /** Plays {@code clip} once from the entity's position; {@code volume} in [0, 1]. */
    public void playOneShot(Entity entity, String clip, float volume) {
        if (!(volume >= 0 && volume <= 1)) {
            throw new AudioException("one-shot volume must be within [0, 1], got " + volume);
        }
        send(new AudioCommand.PlayOneShot(entity, clip, volume));
    }

    public void send(AudioCommand command) {
        pending.add(Objects.requireNonNull(command, "command"));
    }

    /** Requests not yet carried out (they are, at the next audio update). */
    public List<AudioCommand> pending() {
        return List.copyOf(pending);
    }

    /** What is playing, as of the last audio update, in the order it started. */
    public List<Voice> voices() {
        return List.copyOf(voices);
    }

    /** Whether the entity is playing anything (its source clip or a one-shot). */
    public boolean isPlaying(Entity entity) {
        for (Voice v : voices) {
            if (v.entity().equals(entity)) return true;
        }
        return false;
    }

    /** The first sample frame of frame {@code frame}'s audio is {@code sampleAt(frame - 1, hz)}. */
    public static long sampleAt(long frame, double hz) {
        return (long) Math.floor(frame * (double) SAMPLE_RATE / hz + 1e-9);
    }

    @Override
    public Audio copy() {
        return new Audio(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Audio a
                && a.pending.equals(pending)
                && a.voices.equals(voices)
                && Objects.equals(a.listener, listener)
                && a.scannedTick == scannedTick;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pending, voices, listener, scannedTick);
    }
}
