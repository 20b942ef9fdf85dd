package dev.luminara.codegen;

import dev.luminara.lunyscript.EngineAdapter;
import java.nio.file.Path;

/**
 * One engine to generate an implementation for: its adapter (targets resolve against it exactly as the registry's
 * do), the package and class-name prefix of its services, and the source root they go to (relative to the output).
 */
public record EngineTarget(EngineAdapter adapter, String packageName, String classPrefix, Path sourceRoot) {
    public String engine() {
        return adapter.info().name();
    }
}
