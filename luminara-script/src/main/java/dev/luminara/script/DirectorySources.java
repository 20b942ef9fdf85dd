package dev.luminara.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Script files under a root directory. A path that resolves (through links) outside the root is not readable. */
final class DirectorySources implements ScriptSources {
    private final Path root;

    DirectorySources(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(ScriptId id) {
        Path file = id.resolve(root);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) return Optional.empty();
            if (!Files.isRegularFile(real)) return Optional.empty();
            return Optional.of(Files.readAllBytes(real));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ScriptException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
