package dev.luminara.lunyscript;

/**
 * A verb could not run on an object: the object lacks the component the binding needs, it was destroyed, or the
 * engine member threw. The message names the verb, the object and the resolved target.
 */
public class VerbCallException extends LunyScriptException {
    public VerbCallException(String message) {
        super(message);
    }

    public VerbCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
