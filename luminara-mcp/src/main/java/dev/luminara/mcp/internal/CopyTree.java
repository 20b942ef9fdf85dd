package dev.luminara.mcp.internal;

import dev.luminara.mcp.McpServerException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder as a working copy takes it: without {@code .git}, {@code node_modules}, {@code target} and {@code
 * .luminara} (history and backups; the project file is copied on its own), without the copy being made (a folder that
 * holds the temp folder would otherwise copy itself forever) and without other working copies in the temp folder.
 */
final class CopyTree {
    private static final Logger LOG = LoggerFactory.getLogger(CopyTree.class);
    static final Set<String> SKIPPED = Set.of(".luminara", "node_modules", ".git", "target");
    /** Beyond this a working copy is refused: copying takes long, and it is unlikely to be one game. */
    static final long MAX_BYTES = 1L << 30;

    static final long MAX_FILES = 100_000;
    /** Beyond this copying is said on the log (it takes a moment). */
    static final long WARN_BYTES = 100L << 20;

    private final Path source;
    private final Path tempRoot;
    private Path destination;

    /** {@code source}: absolute and normalized; {@code tempRoot}: where working copies are made (a real path). */
    CopyTree(Path source, Path tempRoot) {
        this.source = source;
        this.tempRoot = tempRoot;
    }

    /** Refuses (naming {@code label}, the user's spelling of the folder) a tree of more than {@code maxBytes}. */
    void checkSize(String label, long maxBytes) {
        long[] total = new long[2]; // bytes, files
        walk(new Counter() {
            @Override
            boolean add(BasicFileAttributes attrs) {
                total[0] += attrs.size();
                total[1]++;
                return total[0] <= maxBytes && total[1] <= MAX_FILES;
            }
        });
        if (total[0] > maxBytes || total[1] > MAX_FILES) {
            String what = total[0] > maxBytes ? "more than " + size(maxBytes) : "more than " + MAX_FILES + " files";
            throw new McpServerException(label + ": " + what + " to copy into a temporary working copy (.git,"
                    + " node_modules, target and .luminara left out); serve it in place (luminara mcp --in-place,"
                    + " LuminaraMcp.builder().workingCopy(false)) or move large files out of the folder");
        }
        if (total[0] > WARN_BYTES) {
            LOG.warn("copying {} ({} in {} files) into a temporary working copy", label, size(total[0]), total[1]);
        }
    }

    void copyTo(Path to) throws IOException {
        destination = to.toAbsolutePath().normalize();
        Files.createDirectories(to);
        walk(new Counter() {
            @Override
            void directory(Path dir) throws IOException {
                Files.createDirectories(to.resolve(source.relativize(dir).toString()));
            }

            @Override
            boolean file(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
        });
    }

    /** Whether the walk leaves {@code dir} (not the source itself) out. */
    boolean skipped(Path dir) {
        if (dir.equals(source)) return false;
        Path name = dir.getFileName();
        if (name != null && SKIPPED.contains(name.toString())) return true;
        Path abs = dir.toAbsolutePath().normalize();
        if (destination != null && abs.startsWith(destination)) return true;
        Path real = real(abs);
        if (destination != null && real.startsWith(real(destination))) return true;
        return real.getParent() != null
                && real.getParent().equals(tempRoot)
                && real.getFileName().toString().startsWith(WorkingCopy.PREFIX);
    }

    private void walk(Counter counter) {
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (skipped(dir)) return FileVisitResult.SKIP_SUBTREE;
                    counter.directory(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    return counter.file(file, attrs) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            throw new McpServerException("cannot copy " + source + ": " + e.getMessage(), e);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** What a walk does with what it visits. */
    private abstract static class Counter {
        void directory(Path dir) throws IOException {}

        boolean file(Path file, BasicFileAttributes attrs) throws IOException {
            return add(attrs);
        }

        boolean add(BasicFileAttributes attrs) {
            return true;
        }
    }
}
