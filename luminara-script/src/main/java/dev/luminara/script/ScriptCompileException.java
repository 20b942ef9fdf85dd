package dev.luminara.script;

/** A script that does not load: a syntax error, a malformed module, a refused import. Names file and line. */
public class ScriptCompileException extends ScriptException {
    private final ScriptLocation location;

    public ScriptCompileException(ScriptLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public ScriptCompileException(ScriptLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public ScriptLocation location() {
        return location;
    }
}
