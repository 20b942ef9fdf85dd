package dev.luminara.core.audio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated clips named {@code tone:<hz>[:<seconds>]}, e.g. {@code tone:440} (one second) or {@code tone:220.5:0.25}:
 * a sine at 0.5 amplitude starting at phase 0, so that tests and samples need no sound files.
 */
final class Tones {
    static final String PREFIX = "tone:";
    static final double DEFAULT_SECONDS = 1.0;
    static final float AMPLITUDE = 0.5f;

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern SPEC = Pattern.compile("tone:" + NUMBER + "(?::" + NUMBER + ")?");

    private Tones() {}

    static boolean isTone(String clip) {
        return clip.startsWith(PREFIX);
    }

    static AudioClip generate(String clip) {
        Matcher m = SPEC.matcher(clip);
        if (!m.matches()) {
            throw new AudioException(
                    "clip '" + clip + "': expected tone:<hz>[:<seconds>], e.g. tone:440 or tone:440:0.5");
        }
        double hz = Double.parseDouble(m.group(1));
        double seconds = m.group(2) == null ? DEFAULT_SECONDS : Double.parseDouble(m.group(2));
        if (!(hz >= 1 && hz <= 20_000)) {
            throw new AudioException("clip '" + clip + "': frequency must be within [1, 20000] Hz, got " + m.group(1));
        }
        if (!(seconds > 0 && seconds <= 60)) {
            throw new AudioException("clip '" + clip + "': duration must be within (0, 60] s, got " + m.group(2));
        }
        int n = (int) Math.round(seconds * Audio.SAMPLE_RATE);
        float[] samples = new float[Math.max(n, 1)];
        double step = 2 * Math.PI * hz / Audio.SAMPLE_RATE;
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (AMPLITUDE * Math.sin(step * i));
        }
        return new AudioClip(clip, samples);
    }
}
