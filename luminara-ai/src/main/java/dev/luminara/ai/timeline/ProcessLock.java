package dev.luminara.ai.timeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <timeline>.lock} for as long as a timeline is open: each process keeps its world in
 * memory, so two of them moving the same timeline would diverge. The operating system releases it when the process
 * dies, however it dies.
 */
final class ProcessLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProcessLock acquire(Path timeline) {
        Path file = timeline.resolveSibling(timeline.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new TimelineException(timeline + " is open in another process; close it there first");
            }
            return new ProcessLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new TimelineException(timeline + " is already open in this process");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new TimelineException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new TimelineException("cannot release the timeline lock: " + e.getMessage(), e);
        }
    }
}
