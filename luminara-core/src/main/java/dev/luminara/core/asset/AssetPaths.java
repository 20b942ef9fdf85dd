package dev.luminara.core.asset;

import dev.luminara.core.schema.Suggest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Asset paths: normalising what callers write, keeping it inside the root, and explaining a missing file. */
final class AssetPaths {
    private AssetPaths() {}

    /** {@code a\b/../c.wav} → {@code a/c.wav}; refuses empty, absolute and escaping paths. */
    static String normalise(String path) {
        if (path == null || path.isBlank()) throw new AssetException("asset path is empty");
        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")) {
            throw new AssetException("asset path '" + path + "' is absolute; asset paths are relative to the root");
        }
        Path p = Path.of(slashed).normalize();
        if (p.toString().isEmpty() || p.startsWith("..")) {
            throw new AssetException("asset path '" + path + "' leads outside the asset root");
        }
        return p.toString().replace('\\', '/');
    }

    /** The extension of a path's file name, lower case, without the dot ("" when there is none). */
    static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static AssetNotFoundException notFound(Path root, String path) {
        Path file = root.resolve(path);
        Path dir = file.getParent();
        String hint = "";
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> siblings = Files.list(dir)) {
                List<String> names =
                        siblings.map(p -> p.getFileName().toString()).sorted().toList();
                hint = Suggest.didYouMean(file.getFileName().toString(), names);
            } catch (IOException e) {
                hint = "";
            }
        } else if (dir != null) {
            hint = " (folder " + root.relativize(dir).toString().replace('\\', '/') + " does not exist)";
        }
        return new AssetNotFoundException(path, path + ": no such file under the asset root " + root + hint);
    }
}
