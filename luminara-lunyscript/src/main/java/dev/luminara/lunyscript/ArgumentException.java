package dev.luminara.lunyscript;

/** A verb was called with an argument its contract refuses: missing, of the wrong type, or not an allowed value. */
public class ArgumentException extends LunyScriptException {
    private final String verb;
    private final String param;

    public ArgumentException(String verb, String param, String problem) {
        super(verb + "(" + param + "): " + problem);
        this.verb = verb;
        this.param = param;
    }

    public String verb() {
        return verb;
    }

    public String param() {
        return param;
    }
}
