package dev.luminara.core.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * Decoded sound: mono samples in [-1, 1] at {@link Audio#SAMPLE_RATE}, whatever the source file's rate and channels.
 * Immutable; the mixer reads it through {@link #sample}.
 */
public final class AudioClip {
    private final String name;
    private final float[] samples;

    public AudioClip(String name, float[] samples) {
        this.name = Objects.requireNonNull(name, "name");
        this.samples = samples.clone();
    }

    public String name() {
        return name;
    }

    /** Length in sample frames. */
    public int length() {
        return samples.length;
    }

    public double seconds() {
        return samples.length / (double) Audio.SAMPLE_RATE;
    }

    public float sample(int index) {
        return samples[index];
    }

    /** A copy of the samples. */
    public float[] samples() {
        return samples.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioClip c && c.name.equals(name) && Arrays.equals(c.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "AudioClip[" + name + ", " + String.format(java.util.Locale.ROOT, "%.3f", seconds()) + " s]";
    }
}
