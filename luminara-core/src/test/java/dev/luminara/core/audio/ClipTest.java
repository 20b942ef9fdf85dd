package dev.luminara.core.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.asset.AssetLoadException;
import dev.luminara.core.asset.Assets;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipTest {
    @TempDir
    Path dir;

    private final AudioClips clips = new AudioClips();

    @Test
    void tonesAreSinesOfTheGivenPitchAndLength() {
        AudioClip a = clips.resolve("tone:440", null);
        assertThat(a.length()).isEqualTo(44_100);
        assertThat(a.sample(0)).isZero();
        assertThat(a.sample(25)).isCloseTo((float) (0.5 * Math.sin(2 * Math.PI * 440 * 25 / 44_100.0)), within(1e-6f));
        assertThat(clips.resolve("tone:440", null)).isSameAs(a);
        assertThat(clips.resolve("tone:220.5:0.25", null).length()).isEqualTo(11_025);
    }

    @Test
    void badTonesSayWhatIsExpected() {
        assertThatThrownBy(() -> clips.resolve("tone:la", null))
                .isInstanceOf(AudioException.class)
                .hasMessage("clip 'tone:la': expected tone:<hz>[:<seconds>], e.g. tone:440 or tone:440:0.5");
        assertThatThrownBy(() -> clips.resolve("tone:0.5", null))
                .hasMessage("clip 'tone:0.5': frequency must be within [1, 20000] Hz, got 0.5");
        assertThatThrownBy(() -> clips.resolve("tone:440:0", null))
                .hasMessage("clip 'tone:440:0': duration must be within (0, 60] s, got 0");
        assertThatThrownBy(() -> clips.resolve("sounds/horn.wav", null))
                .hasMessage("clip 'sounds/horn.wav': no asset registry to load it from; add AssetPlugin");
    }

    @Test
    void wavFilesOfOtherRatesAndChannelsBecomeMono44k() throws Exception {
        // 0.5 s of 16-bit stereo at 22050 Hz: left +0.5, right -0.25 → mono +0.125
        int frames = 11_025;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            pcm.putShort((short) 16384).putShort((short) -8192);
        }
        write(dir.resolve("stereo.wav"), pcm.array(), new AudioFormat(22_050, 16, 2, true, false), frames);
        // 8-bit unsigned mono at 44100: 128 is silence, 192 is +0.5
        byte[] u8 = new byte[441];
        java.util.Arrays.fill(u8, (byte) 192);
        write(dir.resolve("u8.wav"), u8, new AudioFormat(44_100, 8, 1, false, false), u8.length);

        try (Assets assets = Assets.open(dir)) {
            AudioClip stereo = clips.resolve("stereo.wav", assets);
            assertThat(stereo.length()).isEqualTo(22_050);
            assertThat(stereo.seconds()).isEqualTo(0.5);
            assertThat(stereo.sample(1000)).isCloseTo(0.125f, within(1e-4f));
            AudioClip u = clips.resolve("u8.wav", assets);
            assertThat(u.length()).isEqualTo(441);
            assertThat(u.sample(7)).isEqualTo(0.5f);
        }
    }

    @Test
    void aFileThatIsNotAudioIsNamedInTheError() throws Exception {
        Files.writeString(dir.resolve("fake.wav"), "RIFF? no.");
        try (Assets assets = Assets.open(dir)) {
            assertThatThrownBy(() -> clips.resolve("fake.wav", assets))
                    .isInstanceOf(AssetLoadException.class)
                    .hasMessage("fake.wav: cannot load as AudioClip: not a supported audio file (expected WAV, AIFF or"
                            + " AU)");
        }
    }

    @Test
    void resamplingKeepsDurationAndInterpolates() {
        float[] up = WavDecoder.resample(new float[] {0f, 1f, 0f, -1f}, 22_050);
        assertThat(up).hasSize(8);
        assertThat(up[1]).isEqualTo(0.5f);
        assertThat(up[3]).isEqualTo(0.5f);
        float[] same = {0.1f};
        assertThat(WavDecoder.resample(same, 44_100)).isSameAs(same);
    }

    static void write(Path file, byte[] data, AudioFormat format, long frames) throws Exception {
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
