package dev.luminara.mcp.internal;

import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.mcp.McpServerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary copies of games, so an agent's edits never touch committed files. A project is checked first (its scene
 * is found, as {@link ProjectLayout#of} does) so a folder that is no project fails before anything is copied; the copy
 * leaves out history, build output and other working copies ({@link CopyTree}) and is refused beyond {@link
 * CopyTree#MAX_BYTES}.
 */
final class WorkingCopy {
    static final String PREFIX = "luminara-mcp-";

    private WorkingCopy() {}

    /**
     * A copy of {@code folder} (without its history and build output) under the same name in a temporary folder, so
     * the scene named after the folder is still found; {@code .luminara/project.json} is kept.
     */
    static Path ofProject(Path folder) {
        return ofProject(folder, CopyTree.MAX_BYTES);
    }

    static Path ofProject(Path folder, long maxBytes) {
        if (!Files.isDirectory(folder)) throw new McpServerException(folder + ": no such project folder");
        ProjectLayout.of(folder); // no scene, several, a bad project.json: said now, before any copying
        Path source = folder.toAbsolutePath().normalize();
        CopyTree tree = new CopyTree(source, tempRoot());
        tree.checkSize(folder.toString(), maxBytes);
        Path name = source.getFileName();
        Path dir = temp();
        Path target = dir.resolve(name == null ? "project" : name.toString());
        try {
            tree.copyTo(target);
            Path config = source.resolve(ProjectLayout.META).resolve(ProjectLayout.CONFIG);
            if (Files.isRegularFile(config)) {
                Files.createDirectories(target.resolve(ProjectLayout.META));
                Files.copy(config, target.resolve(ProjectLayout.META).resolve(ProjectLayout.CONFIG));
            }
        } catch (IOException | RuntimeException e) {
            delete(dir);
            if (e instanceof RuntimeException r) throw r;
            throw new McpServerException("cannot copy " + folder + " to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** A temporary project folder holding {@code scene}, the {@code scripts/} folder beside it and a project file. */
    static Path ofScene(Path scene) {
        return ofScene(scene, CopyTree.MAX_BYTES);
    }

    static Path ofScene(Path scene, long maxBytes) {
        if (!Files.isRegularFile(scene)) throw new McpServerException(scene + ": no such scene file");
        Path scripts = scene.toAbsolutePath().normalize().getParent().resolve("scripts");
        CopyTree tree = Files.isDirectory(scripts) ? new CopyTree(scripts, tempRoot()) : null;
        if (tree != null) tree.checkSize(scripts.toString(), maxBytes);
        Path target = temp();
        try {
            Files.copy(scene, target.resolve(scene.getFileName()));
            if (tree != null) tree.copyTo(target.resolve("scripts"));
            else Files.createDirectories(target.resolve("scripts"));
            Path meta = Files.createDirectories(target.resolve(ProjectLayout.META));
            String json = "{\"scene\": "
                    + dev.luminara.core.json.Json.mapper()
                            .writeValueAsString(scene.getFileName().toString())
                    + "}";
            Files.writeString(meta.resolve(ProjectLayout.CONFIG), json);
        } catch (IOException | RuntimeException e) {
            delete(target);
            if (e instanceof RuntimeException r) throw r;
            throw new McpServerException("cannot copy " + scene + " to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * {@code e} with the working copy's path ({@code copy}) in its message replaced by the user's ({@code original}),
     * so "luminara-mcp-…/empty.json: the file is empty" reads "empty.json: the file is empty"; {@code e} itself when
     * its message does not mention the copy.
     */
    static RuntimeException inUserTerms(RuntimeException e, Path copy, Path original) {
        String message = e.getMessage();
        if (message == null || copy == null) return e;
        String fixed = message;
        for (Path p : spellings(copy)) {
            String from = p.toString();
            String to = original == null ? "" : original.toString();
            fixed = fixed.replace(from + java.io.File.separator, to.isEmpty() ? "" : to + java.io.File.separator)
                    .replace(from, to.isEmpty() ? "." : to);
        }
        return fixed.equals(message) ? e : new McpServerException(fixed, e);
    }

    private static java.util.List<Path> spellings(Path copy) {
        Path abs = copy.toAbsolutePath().normalize();
        try {
            Path real = abs.toRealPath();
            return real.equals(abs) ? java.util.List.of(abs) : java.util.List.of(real, abs);
        } catch (IOException e) {
            return java.util.List.of(abs);
        }
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a temp folder left behind is harmless
        }
    }

    /** Where working copies are made (the system temp folder), as a real path. */
    private static Path tempRoot() {
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        try {
            return tmp.toRealPath();
        } catch (IOException e) {
            return tmp;
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory(PREFIX);
        } catch (IOException e) {
            throw new McpServerException("cannot create a temporary working copy: " + e.getMessage(), e);
        }
    }
}
