package dev.luminara.core.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams 16-bit stereo PCM into a RIFF/WAVE file: the header is written first with zero sizes and patched on close,
 * so a long run never holds its sound in memory.
 */
final class WavWriter implements AutoCloseable {
    static final int CHANNELS = 2;
    static final int BITS = 16;
    private static final int HEADER_BYTES = 44;

    private final FileChannel out;
    private long dataBytes;
    private ByteBuffer buffer = ByteBuffer.allocate(0);

    WavWriter(Path file) throws IOException {
        out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        out.write(header(0));
    }

    /** Appends {@code n} frames, clamping each sample to [-1, 1]. */
    void write(float[] left, float[] right, int n) throws IOException {
        int bytes = n * CHANNELS * 2;
        if (buffer.capacity() < bytes) buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.clear();
        for (int i = 0; i < n; i++) {
            buffer.putShort(toPcm(left[i]));
            buffer.putShort(toPcm(right[i]));
        }
        buffer.flip();
        while (buffer.hasRemaining()) out.write(buffer);
        dataBytes += bytes;
    }

    static short toPcm(float s) {
        float c = Math.max(-1f, Math.min(1f, s));
        return (short) Math.round(c * 32767f);
    }

    long frames() {
        return dataBytes / (CHANNELS * 2);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(header(dataBytes), 0);
        }
    }

    private static ByteBuffer header(long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = CHANNELS * BITS / 8;
        h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) Math.min(0xFFFF_FFFFL, 36 + dataBytes));
        h.put(new byte[] {'W', 'A', 'V', 'E'});
        h.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) CHANNELS);
        h.putInt(Audio.SAMPLE_RATE).putInt(Audio.SAMPLE_RATE * blockAlign).putShort((short) blockAlign);
        h.putShort((short) BITS);
        h.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) Math.min(0xFFFF_FFFFL, dataBytes));
        return h.flip();
    }
}
