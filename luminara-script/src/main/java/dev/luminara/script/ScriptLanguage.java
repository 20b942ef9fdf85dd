package dev.luminara.script;

import java.util.Locale;

/** The languages scripts are written in, chosen by file extension. */
public enum ScriptLanguage {
    LUA(".lua"),
    WASM(".wasm");

    private final String extension;

    ScriptLanguage(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ScriptLanguage ofPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (ScriptLanguage l : values()) {
            if (p.endsWith(l.extension)) return l;
        }
        throw new ScriptException("'" + path + "' is not a script: the extension must be .lua or .wasm");
    }

    public static boolean isScript(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (ScriptLanguage l : values()) {
            if (p.endsWith(l.extension)) return true;
        }
        return false;
    }
}
