package dev.luminara.ai.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of the scene text a project last wrote, kept beside its timeline. A live game moves bodies between
 * operations, and the file is saved from the live world while the timeline replays only commands. So on reopening,
 * "the file differs from the timeline's head" is expected, and only a file that is no longer what the project wrote
 * was edited behind its back.
 */
final class SavedMark {
    private static final Logger LOG = LoggerFactory.getLogger(SavedMark.class);

    private final Path file;

    SavedMark(Path file) {
        this.file = file;
    }

    /** Notes that the scene file now holds {@code text}. A failure only costs a needless warning later. */
    void record(String text) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, sha256(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", file, e.getMessage());
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the mark is advisory; the write failure is what is worth logging
            }
        }
    }

    /** Whether {@code content} is exactly what {@link #record} last noted (false when nothing was noted). */
    boolean matches(byte[] content) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim().equals(sha256(content));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", file, e.getMessage());
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
