package dev.luminara.mcp;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory byte pipe for connecting a client and a server in one JVM. Unlike {@code PipedInputStream} it does
 * not care which threads write (that one breaks when the last writing thread ends, and reactive code writes from
 * pooled threads that come and go).
 */
final class BytePipe {
    private static final byte[] EOF = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

    final OutputStream out = new OutputStream() {
        private volatile boolean closed;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (closed || len == 0) return;
            chunks.add(Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                chunks.add(EOF);
            }
        }
    };

    final InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int pos;
        private boolean ended;

        @Override
        public int read() throws InterruptedIOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws InterruptedIOException {
            if (len == 0) return 0;
            while (!ended && pos >= current.length) {
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
                pos = 0;
                if (current == EOF) ended = true;
            }
            if (ended) return -1;
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - pos;
        }
    };
}
