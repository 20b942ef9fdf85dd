package dev.luminara.ai.command;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Scripts as files under a script folder; writes go to a temporary file that is then moved into place. */
public final class FolderScriptStore implements ScriptStore {
    private final Path root;

    public FolderScriptStore(Path scriptFolder) {
        this.root = scriptFolder.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    private Path resolve(String path) {
        Path file = root.resolve(ScriptPaths.check(path)).normalize();
        if (!file.startsWith(root)) {
            throw new ScriptStoreException(path, "resolves outside the script folder " + root);
        }
        return file;
    }

    @Override
    public Optional<byte[]> readBytes(String path) {
        Path file = resolve(path);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ScriptStoreException(path, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void writeBytes(String path, byte[] content) {
        Path file = resolve(path);
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ScriptStoreException(path, "cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(resolve(path));
        } catch (IOException e) {
            throw new ScriptStoreException(path, "cannot delete: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; that is the error worth reporting
        }
    }

    @Override
    public String toString() {
        return "scripts in " + root;
    }
}
