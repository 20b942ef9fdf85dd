package dev.luminara.mcp.internal;

import dev.luminara.mcp.McpServerException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Temporary copies of games, so an agent's edits never touch committed files. */
final class WorkingCopy {
    private static final Set<String> SKIPPED = Set.of(".luminara", "node_modules", ".git", "target");

    private WorkingCopy() {}

    /**
     * A copy of {@code folder} (without its history and build output) under the same name in a temporary folder, so
     * the scene named after the folder is still found; {@code .luminara/project.json} is kept.
     */
    static Path ofProject(Path folder) {
        if (!Files.isDirectory(folder)) throw new McpServerException(folder + ": no such project folder");
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Path target = temp().resolve(name == null ? "project" : name.toString());
        copyTree(folder, target);
        Path config = folder.resolve(".luminara").resolve("project.json");
        if (Files.isRegularFile(config)) {
            try {
                Files.createDirectories(target.resolve(".luminara"));
                Files.copy(config, target.resolve(".luminara").resolve("project.json"));
            } catch (IOException e) {
                throw new McpServerException("cannot copy " + config + ": " + e.getMessage(), e);
            }
        }
        return target;
    }

    /** A temporary project folder holding {@code scene}, the {@code scripts/} folder beside it and a project file. */
    static Path ofScene(Path scene) {
        if (!Files.isRegularFile(scene)) throw new McpServerException(scene + ": no such scene file");
        Path target = temp();
        try {
            Files.copy(scene, target.resolve(scene.getFileName()));
            Path scripts = scene.toAbsolutePath().getParent().resolve("scripts");
            if (Files.isDirectory(scripts)) copyTree(scripts, target.resolve("scripts"));
            else Files.createDirectories(target.resolve("scripts"));
            Path meta = Files.createDirectories(target.resolve(".luminara"));
            String json = "{\"scene\": "
                    + dev.luminara.core.json.Json.mapper()
                            .writeValueAsString(scene.getFileName().toString())
                    + "}";
            Files.writeString(meta.resolve("project.json"), json);
        } catch (IOException e) {
            throw new McpServerException("cannot copy " + scene + " to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a temp folder left behind is harmless
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("luminara-mcp-");
        } catch (IOException e) {
            throw new McpServerException("cannot create a temporary working copy: " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new McpServerException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
