package dev.luminara.lunyscript.registry;

/** One finding of load-time validation, located by descriptor file and Lua key path. */
public record Problem(Severity severity, String file, String keyPath, String message) {
    public String where() {
        return file + ": " + keyPath;
    }

    @Override
    public String toString() {
        return severity + " " + where() + ": " + message;
    }
}
