package dev.luminara.script;

/**
 * The outcome of reloading one script.
 *
 * @param error why the new version was refused (the old one keeps running), or null on success
 * @param instances how many entities now run the new version
 */
public record ReloadResult(ScriptId script, ScriptError error, int instances) {
    public boolean ok() {
        return error == null;
    }
}
