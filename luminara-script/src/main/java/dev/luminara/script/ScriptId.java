package dev.luminara.script;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A script's identity: its path relative to the script root, with forward slashes ({@code "enemies/patrol.lua"}).
 * Paths that leave the root ({@code ..}, absolute paths) are refused, which is also what confines {@code require}.
 */
public record ScriptId(String path) implements Comparable<ScriptId> {
    public ScriptId {
        Objects.requireNonNull(path, "path");
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        if (p.isEmpty() || p.startsWith("/") || p.contains(":") || p.endsWith("/")) {
            throw new ScriptException("script path must be relative to the script root, got '" + path + "'");
        }
        for (String part : p.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                throw new ScriptException("script path must stay inside the script root, got '" + path + "'");
            }
        }
        path = p;
    }

    public static ScriptId of(String path) {
        return new ScriptId(path);
    }

    /** The id of {@code file} under {@code root}; fails if the file is outside it. */
    public static ScriptId relative(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r)) {
            throw new ScriptException(file + " is not inside the script root " + root);
        }
        return new ScriptId(r.relativize(f).toString());
    }

    public Path resolve(Path root) {
        return root.resolve(path);
    }

    public ScriptLanguage language() {
        return ScriptLanguage.ofPath(path);
    }

    /** The file name without directories and extension. */
    public String simpleName() {
        String n = path.substring(path.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    @Override
    public int compareTo(ScriptId o) {
        return path.compareTo(o.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
