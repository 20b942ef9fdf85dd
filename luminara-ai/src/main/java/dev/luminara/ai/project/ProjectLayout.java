package dev.luminara.ai.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.InvalidRequestException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a project keeps its parts. A project folder holds one scene file ({@code *.scene.json}; with several, the
 * one named after the folder, {@code arena/arena.scene.json}), a {@code scripts/}
 * folder and {@code .luminara/} with the timeline ({@code timeline.db}) and backups. {@code .luminara/project.json}
 * may name another scene file or script folder: {@code {"scene": "levels/one.scene.json", "scripts": "lua"}}.
 */
public record ProjectLayout(Path folder, Path scene, Path scripts, Path timeline, Path backups) {
    public static final String META = ".luminara";
    public static final String CONFIG = "project.json";
    public static final String TIMELINE = "timeline.db";

    /** The optional configuration file's content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Config(String scene, String scripts) {}

    public static ProjectLayout of(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ProjectException(folder + " is not a folder");
        Path meta = root.resolve(META);
        Config config = new Config(null, null);
        Path configFile = meta.resolve(CONFIG);
        if (Files.exists(configFile)) {
            try {
                config = AiJson.read(Files.readString(configFile), Config.class);
            } catch (IOException | InvalidRequestException e) {
                throw new ProjectException(configFile + ": " + e.getMessage(), e);
            }
        }
        Path scene = config.scene() != null ? root.resolve(config.scene()).normalize() : findScene(root);
        if (!Files.isRegularFile(scene)) throw new ProjectException(scene + ": no such scene file");
        Path scripts = root.resolve(config.scripts() != null ? config.scripts() : "scripts")
                .normalize();
        return new ProjectLayout(root, scene, scripts, meta.resolve(TIMELINE), meta.resolve("backups"));
    }

    private static Path findScene(Path root) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.scene.json")) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new ProjectException("cannot list " + root + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ProjectException(
                    root + " has no *.scene.json (add one, or name it in " + META + "/" + CONFIG + ")");
        }
        if (found.size() > 1) {
            found.sort(null);
            Path named = root.resolve(root.getFileName() + ".scene.json");
            if (found.contains(named)) return named; // arena/arena.scene.json beside arena-scripted.scene.json
            throw new ProjectException(root + " has several scene files "
                    + found.stream().map(p -> p.getFileName().toString()).toList() + "; name one in " + META + "/"
                    + CONFIG + " as {\"scene\": \"…\"}");
        }
        return found.get(0);
    }

    /** Whether this project already has a timeline (read-only commands do not create one). */
    public boolean hasTimeline() {
        return Files.exists(timeline);
    }
}
