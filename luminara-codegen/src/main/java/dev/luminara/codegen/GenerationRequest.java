package dev.luminara.codegen;

import dev.luminara.lunyscript.descriptor.Descriptor;
import java.nio.file.Path;
import java.util.List;

/** What to generate: the engine-agnostic part (contracts, interfaces, blocks, verb registration) and each engine's. */
public record GenerationRequest(
        Descriptor descriptor, String commonPackage, Path commonSourceRoot, List<EngineTarget> engines) {
    public GenerationRequest {
        engines = List.copyOf(engines);
    }
}
