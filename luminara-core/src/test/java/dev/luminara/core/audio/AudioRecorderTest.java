package dev.luminara.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Transform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioRecorderTest {
    @TempDir
    Path dir;

    /** Left and right channels of a 16-bit stereo WAV, as floats. */
    record Pcm(AudioFormat format, float[] left, float[] right) {
        float peak(float[] channel, int from, int to) {
            float p = 0;
            for (int i = from; i < to; i++) p = Math.max(p, Math.abs(channel[i]));
            return p;
        }
    }

    static Pcm read(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int n = b.remaining() / 4;
            float[] l = new float[n];
            float[] r = new float[n];
            for (int i = 0; i < n; i++) {
                l[i] = b.getShort() / 32767f;
                r[i] = b.getShort() / 32767f;
            }
            return new Pcm(in.getFormat(), l, r);
        }
    }

    private App app(double hz) {
        return App.builder().hz(hz).plugin(new DefaultPlugins()).build();
    }

    private Pcm record(App app, int frames) throws Exception {
        Path wav = dir.resolve("out-" + System.nanoTime() + ".wav");
        try (AudioRecorder rec = AudioRecorder.record(app, wav)) {
            app.runFrames(frames);
            assertThat(rec.sampleFrames()).isEqualTo(Audio.sampleAt(app.frame(), app.hz()));
        }
        return read(wav);
    }

    @Test
    void writesCdQualityStereoWithExactlyTheSimulatedLength() throws Exception {
        App app = app(60);
        app.world().spawn(Transform.at(0, 0, 0), Camera.perspective(60));
        app.world().spawn(Transform.at(0, 0, 0), new AudioSource("tone:440", 1f, true, true));
        Path wav = dir.resolve("tone.wav");
        try (AudioRecorder rec = AudioRecorder.record(app, wav)) {
            app.runFrames(60);
            assertThat(rec.seconds()).isEqualTo(1.0);
            assertThat(rec.peak()).isCloseTo(0.5f, within(1e-3f));
        }
        assertThat(Files.size(wav)).isEqualTo(44 + 44_100 * 4);
        Pcm pcm = read(wav);
        assertThat(pcm.format().getSampleRate()).isEqualTo(44_100f);
        assertThat(pcm.format().getChannels()).isEqualTo(2);
        assertThat(pcm.format().getSampleSizeInBits()).isEqualTo(16);
        assertThat(pcm.left()).hasSize(44_100);
        // a 440 Hz sine crosses zero upwards 440 times a second
        int up = 0;
        for (int i = 1; i < pcm.left().length; i++) {
            if (pcm.left()[i - 1] < 0 && pcm.left()[i] >= 0) up++;
        }
        assertThat(up).isBetween(439, 441);
        assertThat(pcm.left()[100])
                .isCloseTo((float) (0.5 * Math.sin(2 * Math.PI * 440 * 100 / 44_100.0)), within(1e-4f));
        assertThat(pcm.right()).containsExactly(pcm.left());
    }

    @Test
    void aTickRateThatDoesNotDivideTheSampleRateStillAddsUpExactly() throws Exception {
        Pcm pcm = record(app(144), 144);
        assertThat(pcm.left()).hasSize(44_100);
        assertThat(Audio.sampleAt(1, 144) + Audio.sampleAt(2, 144) - Audio.sampleAt(1, 144))
                .isEqualTo(612);
    }

    @Test
    void distanceAttenuatesAndDirectionPans() throws Exception {
        App app = app(60);
        app.world().spawn(Transform.at(0, 0, 0), Camera.perspective(60));
        // 10 m ahead (-Z): attenuated to a tenth, centred; after 0.25 s, one to the right (+X) at 1 m
        app.world().spawn(Transform.at(0, 0, -10), new AudioSource("tone:440:0.25", 1f, false, true));
        Pcm far = record(app, 15);
        assertThat(far.peak(far.left(), 0, 11_025)).isCloseTo(0.05f, within(1e-3f));
        assertThat(far.peak(far.right(), 0, 11_025)).isCloseTo(0.05f, within(1e-3f));

        App right = app(60);
        right.world().spawn(Transform.at(0, 0, 0), Camera.perspective(60));
        right.world().spawn(Transform.at(1, 0, 0), new AudioSource("tone:440", 1f, false, true));
        Pcm panned = record(right, 10);
        assertThat(panned.peak(panned.left(), 0, 7_350)).isZero();
        assertThat(panned.peak(panned.right(), 0, 7_350)).isCloseTo(0.5f, within(1e-3f));
    }

    @Test
    void aSoundThatEndsLeavesSilence() throws Exception {
        App app = app(60);
        app.world().spawn(new AudioSource("tone:440:0.1", 1f, false, true));
        Pcm pcm = record(app, 30);
        assertThat(pcm.peak(pcm.left(), 0, 4_410)).isCloseTo(0.5f, within(1e-3f));
        assertThat(pcm.peak(pcm.left(), 4_410, pcm.left().length)).isZero();
    }

    @Test
    void theSameRunWritesTheSameBytes() throws Exception {
        byte[][] files = new byte[2][];
        for (int run = 0; run < 2; run++) {
            App app = app(60);
            app.world().spawn(Transform.at(0, 2, 5), Camera.perspective(60));
            var car = app.world().spawn(Transform.at(-3, 0, 0), new AudioSource("tone:220", 0.7f, true, true));
            app.world().spawn(Transform.at(4, 0, -2), new AudioSource("tone:523.25:0.3", 1f, false, true));
            Path wav = dir.resolve("run" + run + ".wav");
            AudioRecorder rec = AudioRecorder.record(app, wav);
            for (int f = 0; f < 90; f++) {
                app.world().set(car, Transform.at(-3 + f * 0.1f, 0, 0));
                if (f == 40) app.world().resource(Audio.class).playOneShot(car, "tone:880:0.2", 0.5f);
                app.step();
            }
            rec.close();
            files[run] = Files.readAllBytes(wav);
        }
        assertThat(files[0]).isEqualTo(files[1]);
        assertThat(files[0].length).isEqualTo(44 + 90 * 735 * 4);
    }

    @Test
    void recordingNeedsTheAudioPluginAndAWritablePlace() {
        App bare = App.builder().build();
        assertThatThrownBy(() -> AudioRecorder.record(bare, dir.resolve("x.wav")))
                .isInstanceOf(AudioException.class)
                .hasMessageContaining("add AudioPlugin");
        Path nowhere = dir.resolve("no/such/folder/x.wav");
        assertThatThrownBy(() -> AudioRecorder.record(app(60), nowhere))
                .isInstanceOf(AudioException.class)
                .hasMessage("cannot write " + nowhere + ": no such folder");
    }
}
