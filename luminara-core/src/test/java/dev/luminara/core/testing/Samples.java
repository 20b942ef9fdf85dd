package dev.luminara.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the sample game's files from any module's test run (tests run in the module directory). */
public final class Samples {
    private Samples() {}

    /** {@code samples/arena/arena.scene.json} in the repository. */
    public static Path arenaScene() {
        return find(Path.of("samples", "arena", "arena.scene.json"));
    }

    /** A path relative to the repository root, found by walking up from the working directory. */
    public static Path find(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) return candidate;
        }
        throw new IllegalStateException(
                relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
