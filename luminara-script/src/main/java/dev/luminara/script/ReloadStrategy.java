package dev.luminara.script;

import java.util.Locale;

/** How a running script instance moves to a new version of its code on hot reload. */
public enum ReloadStrategy {
    /** Keep the instance and its fields; only the functions change (Lua). WASM falls back to {@link #RESET}. */
    PRESERVE_STATE,
    /** {@code on_save()} on the old version, {@code on_restore(value)} on a fresh instance of the new one. */
    SAVE_RESTORE,
    /** A fresh instance of the new version; {@code on_start} runs again. */
    RESET;

    /** Parses {@code "PreserveState"}, {@code "save_restore"}, {@code "RESET"} and the like. */
    public static ReloadStrategy parse(String text) {
        String t = text.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        for (ReloadStrategy s : values()) {
            if (s.name().replace("_", "").toLowerCase(Locale.ROOT).equals(t)) return s;
        }
        throw new ScriptException(
                "unknown reload strategy '" + text + "' (expected PreserveState, SaveRestore or Reset)");
    }
}
