package dev.luminara.codegen;

import com.jme3.scene.Node;
import dev.luminara.core.World;
import dev.luminara.jme.JmeEngineAdapter;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import java.nio.file.Path;
import java.util.List;

/**
 * Where this repository keeps generated code: the engine-agnostic part and the Luminara services in
 * luminara-lunyscript, the jME services in luminara-jme, each in a {@code generated} package (formatter-excluded).
 */
public final class StandardTargets {
    public static final String COMMON_PACKAGE = "dev.luminara.lunyscript.generated";
    public static final Path LUNYSCRIPT_SOURCES = Path.of("luminara-lunyscript", "src", "main", "java");
    public static final Path JME_SOURCES = Path.of("luminara-jme", "src", "main", "java");

    private StandardTargets() {}

    public static GenerationRequest request(Descriptor descriptor) {
        return new GenerationRequest(
                descriptor,
                COMMON_PACKAGE,
                LUNYSCRIPT_SOURCES,
                List.of(
                        new EngineTarget(
                                new CoreEngineAdapter(new World()),
                                COMMON_PACKAGE + ".luminara",
                                "Luminara",
                                LUNYSCRIPT_SOURCES),
                        new EngineTarget(
                                new JmeEngineAdapter(new Node("root")),
                                "dev.luminara.jme.generated",
                                "Jme",
                                JME_SOURCES)));
    }
}
