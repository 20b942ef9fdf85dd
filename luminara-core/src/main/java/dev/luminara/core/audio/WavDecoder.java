package dev.luminara.core.audio;

import dev.luminara.core.asset.AssetLoader;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Loads WAV (and AIFF/AU) files into {@link AudioClip}s with javax.sound.sampled: PCM of 8 to 32 bits, float PCM, and
 * what the JDK converts to PCM (mu-law, a-law); channels are averaged to mono and the rate converted to 44.1 kHz by
 * linear interpolation.
 */
final class WavDecoder implements AssetLoader<AudioClip> {
    /** Longer clips would take hundreds of megabytes decoded; stream music instead (not supported yet). */
    static final double MAX_SECONDS = 600;

    @Override
    public AudioClip load(Path file) throws IOException {
        AudioInputStream in;
        try {
            in = AudioSystem.getAudioInputStream(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a supported audio file (expected WAV, AIFF or AU)", e);
        }
        try (AudioInputStream stream = toPcm(in)) {
            AudioFormat f = stream.getFormat();
            double seconds = stream.getFrameLength() / (double) f.getFrameRate();
            if (stream.getFrameLength() > 0 && seconds > MAX_SECONDS) {
                throw new IOException(String.format(
                        java.util.Locale.ROOT, "%.0f s long; clips may be at most %.0f s", seconds, MAX_SECONDS));
            }
            byte[] bytes = stream.readAllBytes();
            float[] mono = decode(bytes, f);
            return new AudioClip(file.getFileName().toString(), resample(mono, f.getSampleRate()));
        }
    }

    private static AudioInputStream toPcm(AudioInputStream in) throws IOException {
        AudioFormat f = in.getFormat();
        AudioFormat.Encoding e = f.getEncoding();
        if (e.equals(AudioFormat.Encoding.PCM_SIGNED)
                || e.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                || e.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return in;
        }
        AudioFormat pcm = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
        if (!AudioSystem.isConversionSupported(pcm, f)) {
            in.close();
            throw new IOException("unsupported encoding " + e + " (use PCM)");
        }
        return AudioSystem.getAudioInputStream(pcm, in);
    }

    static float[] decode(byte[] bytes, AudioFormat f) throws IOException {
        int bits = f.getSampleSizeInBits();
        int bytesPerSample = (bits + 7) / 8;
        int channels = f.getChannels();
        if (bytesPerSample < 1 || bytesPerSample > 4 || channels < 1) {
            throw new IOException("unsupported sample format: " + bits + " bits, " + channels + " channels");
        }
        boolean isFloat = f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
        if (isFloat && bits != 32 && bits != 64) throw new IOException("unsupported float PCM of " + bits + " bits");
        boolean unsigned = f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED);
        int frameBytes = bytesPerSample * channels;
        if (isFloat && bits == 64) frameBytes = 8 * channels;
        int frames = bytes.length / frameBytes;
        float[] out = new float[frames];
        for (int i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = i * frameBytes + c * (frameBytes / channels);
                sum += isFloat
                        ? readFloat(bytes, at, bits, f.isBigEndian())
                        : readInt(bytes, at, bytesPerSample, f, unsigned);
            }
            out[i] = (float) Math.max(-1, Math.min(1, sum / channels));
        }
        return out;
    }

    private static double readInt(byte[] b, int at, int n, AudioFormat f, boolean unsigned) {
        long v = 0;
        for (int k = 0; k < n; k++) {
            int shift = f.isBigEndian() ? (n - 1 - k) * 8 : k * 8;
            v |= (long) (b[at + k] & 0xFF) << shift;
        }
        long full = 1L << (8 * n);
        if (unsigned) {
            v -= full / 2;
        } else if (v >= full / 2) {
            v -= full;
        }
        return v / (double) (full / 2);
    }

    private static double readFloat(byte[] b, int at, int bits, boolean bigEndian) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, at, bits / 8)
                .order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
        return bits == 32 ? buf.getFloat() : buf.getDouble();
    }

    /** Linear interpolation to 44.1 kHz; a clip already at that rate is returned as it is. */
    static float[] resample(float[] in, float rate) {
        if (rate == Audio.SAMPLE_RATE || in.length == 0) return in;
        int n = (int) Math.max(1, Math.round(in.length * (double) Audio.SAMPLE_RATE / rate));
        float[] out = new float[n];
        double step = rate / (double) Audio.SAMPLE_RATE;
        for (int i = 0; i < n; i++) {
            double x = i * step;
            int j = (int) x;
            double t = x - j;
            float a = in[Math.min(j, in.length - 1)];
            float b = in[Math.min(j + 1, in.length - 1)];
            out[i] = (float) (a + (b - a) * t);
        }
        return out;
    }
}
