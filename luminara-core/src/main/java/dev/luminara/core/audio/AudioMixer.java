package dev.luminara.core.audio;

import dev.luminara.core.CoreException;
import dev.luminara.core.asset.Assets;
import dev.luminara.core.math.Vec3;

/**
 * Renders what {@link Audio} says is playing into stereo float buffers: a pure function of the voices, the listener
 * and the clips, so the same run gives the same samples. Distance attenuation is inverse distance clamped at
 * {@link #REFERENCE_DISTANCE} (OpenAL's default model: 1 m → 1, 2 m → 0.5, 10 m → 0.1); panning is linear balance by
 * the source's direction along the listener's right axis (centred sounds play at full level on both sides).
 */
final class AudioMixer {
    static final float REFERENCE_DISTANCE = 1f;
    static final float ROLLOFF = 1f;

    private AudioMixer() {}

    /** Adds {@code n} sample frames starting at sample frame {@code from} into {@code left} and {@code right}. */
    static void render(Audio audio, AudioClips clips, Assets assets, long from, int n, float[] left, float[] right) {
        for (Voice v : audio.voices) {
            AudioClip clip;
            try {
                clip = clips.resolve(v.clip(), assets);
            } catch (CoreException gone) {
                continue;
            }
            int length = clip.length();
            if (length == 0) continue;
            float[] gains = gains(v, audio.listener);
            float gl = gains[0] * v.volume();
            float gr = gains[1] * v.volume();
            if (gl == 0 && gr == 0) continue;
            for (int i = 0; i < n; i++) {
                long pos = from + i - v.startSample();
                if (pos < 0) continue;
                if (v.loop()) pos %= length;
                else if (pos >= length) break;
                float s = clip.sample((int) pos);
                left[i] += s * gl;
                right[i] += s * gr;
            }
        }
    }

    /** {left, right} gain of a voice heard from {@code listener}, before its own volume. */
    static float[] gains(Voice v, ListenerPose listener) {
        if (v.position() == null || listener == null) return new float[] {1f, 1f};
        Vec3 d = v.position().sub(listener.position());
        float dist = d.length();
        float attenuation =
                REFERENCE_DISTANCE / (REFERENCE_DISTANCE + ROLLOFF * Math.max(0f, dist - REFERENCE_DISTANCE));
        float pan = 0f;
        if (dist > 1e-4f) {
            Vec3 right = listener.rotation().rotate(new Vec3(1, 0, 0));
            pan = Math.max(-1f, Math.min(1f, d.dot(right) / dist));
        }
        return new float[] {attenuation * Math.min(1f, 1f - pan), attenuation * Math.min(1f, 1f + pan)};
    }
}
