package dev.luminara.script;

/**
 * A script called an API function wrongly: unknown name, wrong arity, wrong type, out of range, or the engine refused
 * (a stale entity). Scripts may catch it ({@code pcall}); the message names the function and the parameter.
 */
public class ApiCallException extends ScriptException {
    public ApiCallException(String message) {
        super(message);
    }

    public ApiCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
