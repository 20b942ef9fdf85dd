package dev.luminara.script;

/**
 * A sandbox limit was reached. The runtimes make it uncatchable by the script ({@code pcall}, coroutines and WASM
 * handlers do not see it): the hook that hit it is abandoned and the script is put in {@link ScriptState.Error}.
 */
public class ScriptLimitException extends ScriptException {
    private final LimitKind kind;
    private final long limit;

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
}
