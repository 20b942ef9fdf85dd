package dev.luminara.core.audio;

import dev.luminara.core.app.App;
import dev.luminara.core.app.FrameListener;
import dev.luminara.core.asset.Assets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Renders an app's sound, frame by frame, into a WAV file (44.1 kHz, 16-bit, stereo) — the offline mixer, which needs
 * no sound device. Each simulated frame adds exactly its share of samples ({@code 44100 / hz}, rounded so that the
 * total stays exact), so the file's length is the simulated time and the same run writes the same bytes. Attached to
 * an {@link App}, not to its world, so forks and sandboxes never write into it.
 */
public final class AudioRecorder implements AutoCloseable {
    private final App app;
    private final Path file;
    private final WavWriter writer;
    private final FrameListener listener = this::afterFrame;
    private float[] left = new float[0];
    private float[] right = new float[0];
    private float peak;
    private boolean closed;

    private AudioRecorder(App app, Path file) {
        if (app.world().findResource(Audio.class).isEmpty()) {
            throw new AudioException("cannot record audio: the app has no Audio resource; add AudioPlugin"
                    + " (DefaultPlugins includes it)");
        }
        this.app = app;
        this.file = file;
        try {
            this.writer = new WavWriter(file);
        } catch (NoSuchFileException e) {
            throw new AudioException("cannot write " + file + ": no such folder", e);
        } catch (IOException e) {
            throw new AudioException("cannot write " + file + ": " + e.getMessage(), e);
        }
        app.addFrameListener(listener);
    }

    /** Starts recording {@code app} into {@code wav} from its next frame; {@link #close()} finishes the file. */
    public static AudioRecorder record(App app, Path wav) {
        return new AudioRecorder(app, wav);
    }

    public Path file() {
        return file;
    }

    /** Sample frames written so far. */
    public long sampleFrames() {
        return writer.frames();
    }

    public double seconds() {
        return writer.frames() / (double) Audio.SAMPLE_RATE;
    }

    /** The largest absolute sample so far, before clamping (above 1 means the mix clipped). */
    public float peak() {
        return peak;
    }

    private void afterFrame(App a, long frameNanos) {
        long frame = a.frame();
        long from = Audio.sampleAt(frame - 1, a.hz());
        int n = (int) (Audio.sampleAt(frame, a.hz()) - from);
        if (left.length < n) {
            left = new float[n];
            right = new float[n];
        } else {
            Arrays.fill(left, 0, n, 0f);
            Arrays.fill(right, 0, n, 0f);
        }
        a.call(world -> {
            Audio audio = world.resource(Audio.class);
            AudioClips clips = world.resourceOrInsert(AudioClips.class, AudioClips::new);
            AudioMixer.render(audio, clips, world.findResource(Assets.class).orElse(null), from, n, left, right);
            return null;
        });
        for (int i = 0; i < n; i++) peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        try {
            writer.write(left, right, n);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** Stops recording and completes the WAV header; idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        app.removeFrameListener(listener);
        try {
            writer.close();
        } catch (IOException e) {
            throw new AudioException("cannot finish " + file + ": " + e.getMessage(), e);
        }
    }
}
