package dev.luminara.lunyscript;

/**
 * A descriptor file is malformed: a Lua syntax or runtime error, a missing or mistyped key, an unknown transform or a
 * target that does not resolve. The message starts with the file and the key path, e.g. {@code jme_bindings.lua:
 * engines.JME["com.jme3.scene"].SetSpeed.target: ...}.
 */
public class DescriptorException extends LunyScriptException {
    private final String file;
    private final String keyPath;

    public DescriptorException(String file, String keyPath, String problem) {
        super(file + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + problem);
        this.file = file;
        this.keyPath = keyPath;
    }

    public DescriptorException(String file, String keyPath, String problem, Throwable cause) {
        super(file + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + problem, cause);
        this.file = file;
        this.keyPath = keyPath;
    }

    /** The descriptor file, relative to the descriptor folder. */
    public String file() {
        return file;
    }

    /** Where in the file, as a Lua key path; empty for whole-file errors such as syntax errors. */
    public String keyPath() {
        return keyPath;
    }
}
