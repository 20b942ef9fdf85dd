package dev.luminara.script;

/** An error raised while a script ran: its own {@code error(...)}, a bad API call it did not catch, a trap. */
public class ScriptRuntimeException extends ScriptException {
    private final ScriptLocation location;
    private final String traceback;
    private final String detail;

    public ScriptRuntimeException(ScriptLocation location, String detail, String traceback, Throwable cause) {
        super(location + ": " + detail, cause);
        this.location = location;
        this.detail = detail;
        this.traceback = traceback == null ? "" : traceback;
    }

    public ScriptLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }

    public String traceback() {
        return traceback;
    }
}
