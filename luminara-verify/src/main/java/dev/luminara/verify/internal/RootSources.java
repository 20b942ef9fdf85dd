package dev.luminara.verify.internal;

import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptSources;
import dev.luminara.verify.VerifyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Scripts under a folder, never outside it (the same rule as the scripting layer's folder sources). */
public final class RootSources implements ScriptSources {
    private final Path root;

    public RootSources(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(ScriptId id) {
        Path file = id.resolve(root);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) return Optional.empty();
            return Optional.of(Files.readAllBytes(real));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new VerifyException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code require("a.b")} would find {@code a/b.lua}. */
    public boolean hasModule(String module) {
        if (module.isEmpty() || module.contains("/") || module.contains("\\") || module.contains("..")) return false;
        try {
            return read(ScriptId.of(module.replace('.', '/') + ".lua")).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
