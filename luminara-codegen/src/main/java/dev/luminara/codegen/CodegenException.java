package dev.luminara.codegen;

import dev.luminara.lunyscript.LunyScriptException;

/** The generator cannot produce code for a descriptor (a transform without a rule, drift in check mode). */
public class CodegenException extends LunyScriptException {
    public CodegenException(String message) {
        super(message);
    }
}
