package dev.luminara.codegen;

import dev.luminara.codegen.fixture.FixtureAdapter;
import dev.luminara.codegen.fixture.Robot;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorFiles;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.registry.ApiRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The generator fixture: the descriptor in test resources, bound to the robot engine. */
final class Fixture {
    private Fixture() {}

    static Descriptor descriptor() {
        return DescriptorLoader.load(
                DescriptorFiles.classpath(Fixture.class.getClassLoader(), "fixture"), "lunyscript_api.lua");
    }

    static FixtureAdapter adapter(Map<String, Robot> robots) {
        return new FixtureAdapter(robots);
    }

    static GenerationRequest request() {
        return new GenerationRequest(
                descriptor(),
                "dev.luminara.fixture.generated",
                Path.of("common"),
                List.of(new EngineTarget(
                        adapter(Map.of()), "dev.luminara.fixture.generated.robot", "Fixture", Path.of("engine"))));
    }

    static Model model() {
        GenerationRequest r = request();
        EngineTarget t = r.engines().get(0);
        return new Model(
                r.descriptor(),
                r.commonPackage(),
                r.commonSourceRoot(),
                List.of(new Model.Engine(t, ApiRegistry.load(r.descriptor(), t.adapter()))));
    }
}
