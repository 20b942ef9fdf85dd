package dev.luminara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import dev.luminara.lunyscript.registry.ApiBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per generator rule and per statement step, over the fixture descriptor. After an intended change,
 * run with {@code -Dgolden.update=true} and review the diff of {@code src/test/resources/golden}.
 */
class RuleGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> rules() {
        return CodeGenerator.RULES.stream().map(r -> Arguments.of(r.getClass().getSimpleName(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleMatchesItsGoldenFile(String name, Rule rule) throws IOException {
        StringBuilder out = new StringBuilder();
        for (GeneratedFile f : rule.apply(Fixture.model())) {
            out.append("// ==== ")
                    .append(f.path().toString().replace('\\', '/'))
                    .append('\n')
                    .append(f.content());
        }
        compare(name, out.toString());
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("ValidationStep", (Function<ApiBinding, CodeBlock>)
                        b -> ValidationStep.apply(Fixture.model(), b.semantic())),
                Arguments.of("ArgumentStep", (Function<ApiBinding, CodeBlock>) b -> {
                    Fields fields = new Fields();
                    ArgumentStep.Args args =
                            ArgumentStep.apply(Fixture.model().engines.get(0), b, fields);
                    return CodeBlock.builder()
                            .add(args.statements())
                            .add("args: $L\n", CodeBlock.join(args.values(), " | "))
                            .add("fields: $L\n", CodeBlock.join(fields.init, " | "))
                            .build();
                }),
                Arguments.of("InvocationStep", (Function<ApiBinding, CodeBlock>) b -> InvocationStep.apply(
                        Fixture.model(),
                        b,
                        b.target().parameterTypes().stream()
                                .map(t -> CodeBlock.of("arg"))
                                .toList())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void stepMatchesItsGoldenFile(String name, Function<ApiBinding, CodeBlock> step) throws IOException {
        StringBuilder out = new StringBuilder();
        for (ApiBinding b : Fixture.model().engines.get(0).registry().bindings()) {
            out.append("// ---- ").append(b.qualifiedName()).append('\n').append(step.apply(b));
        }
        compare(name, out.toString());
    }

    static void compare(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file (create it with -Dgolden.update=true)")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(List.of(actual.split("\n"))).hasSizeGreaterThan(3);
    }
}
