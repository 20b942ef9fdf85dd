package dev.luminara.script;

/**
 * A sandbox limit was reached. The runtimes make it uncatchable by the script ({@code pcall}, coroutines and WASM
 * handlers do not see it): the hook that hit it is abandoned and the script is put in {@link ScriptState.Error}.
 */
public class ScriptLimitException extends ScriptException {
    private final LimitKind kind;
    private final long limit;
    private volatile ScriptLocation location;

    public ScriptLimitException(LimitKind kind, long limit, String message) {
        super(message);
        this.kind = kind;
        this.limit = limit;
    }

    public LimitKind kind() {
        return kind;
    }

    public long limit() {
        return limit;
    }

    /** Where the script was when the limit stopped it, or null when the runtime cannot tell (WASM, a Java call). */
    public ScriptLocation location() {
        return location;
    }

    /**
     * Records where the script was stopped; the first place recorded stays. (The runtime learns it only where it throws,
     * after the sandbox made the exception, and rethrows the same exception at later checks.)
     */
    public void locate(ScriptLocation at) {
        if (location == null && at != null && at.line() > 0) location = at;
    }
}
