package dev.luminara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI check the seed asks for: regenerating from the committed descriptors must change nothing. After changing a
 * descriptor, run {@code ./luminara codegen} (or this test with {@code -Dcodegen.update=true}) and commit the result.
 */
class GeneratedSourcesUpToDateTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path DESCRIPTOR = REPO.resolve("luminara-lunyscript/src/main/resources/lunyscript/lunyscript_api.lua");

    @Test
    void committedGeneratedSourcesMatchTheDescriptors() {
        List<GeneratedFile> files = CodeGenerator.generate(StandardTargets.request(DescriptorLoader.load(DESCRIPTOR)));
        if (Boolean.getBoolean("codegen.update")) {
            CodeGenerator.write(files, REPO);
        }
        assertThat(CodeGenerator.drift(files, REPO))
                .as("generated sources are out of date: run ./luminara codegen and commit")
                .isEmpty();
        assertThat(files).hasSizeGreaterThan(10);
    }
}
