package dev.luminara.script;

/** Where in a script something happened: file (relative to the script root), 1-based line (0 if unknown). */
public record ScriptLocation(String file, int line) {
    public static final ScriptLocation UNKNOWN = new ScriptLocation("?", 0);

    public ScriptLocation {
        file = file == null || file.isEmpty() ? "?" : file;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
