package dev.luminara.ai.testing;

import dev.luminara.core.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the sample arena's scene in a fresh folder: a project tests may change. */
public final class ProjectCopy {
    private ProjectCopy() {}

    public static Path arena(Path into) {
        try {
            Files.createDirectories(into);
            Files.copy(Samples.arenaScene(), into.resolve("arena.scene.json"));
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
