package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.intent.EntityReference;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.json.Json;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.SandboxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated-code corpus ({@code src/test/resources/corpus}): each file's first line says what the pipeline must
 * find: {@code -- expect: pass}, {@code static <code> <fragment>} (fails statically with that issue),
 * {@code warning <code> <fragment>} (passes with that warning) or {@code sandbox <fragment>} (passes static analysis
 * and fails on the fork, the fragment in an error, a limit or a suggestion). {@code -- attach: <name>|none} chooses
 * the target (default enemy_red). Every run must leave the live world as it was and serialise to JSON.
 */
class CorpusTest {
    static final Path ARENA = Path.of("../samples/arena");
    static final GameRuntime GAME = GameRuntime.builder()
            .scene(ARENA.resolve("arena-scripted.scene.json"))
            .build();
    static final CodeVerifier VERIFIER = CodeVerifier.builder()
            .frames(5)
            .scriptRoot(ARENA.resolve("scripts"))
            .sandbox(CodeVerifier.DEFAULT_SANDBOX
                    .withMaxInstructions(1_000_000)
                    .withMaxExecutionTime(Duration.ofMillis(500)))
            .build();

    @AfterAll
    static void close() {
        GAME.close();
    }

    record Sample(String file, String kind, String code, String fragment, String attach, String source) {}

    static List<Sample> samples() throws Exception {
        Path dir = Path.of(CorpusTest.class.getResource("/corpus").toURI());
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                String src = Files.readString(p, StandardCharsets.UTF_8);
                String[] lines = src.split("\n", 3);
                String expect = lines[0].substring("-- expect: ".length()).trim();
                String attach = lines[1].startsWith("-- attach: ")
                        ? lines[1].substring(11).trim()
                        : "enemy_red";
                String[] parts = expect.split(" ", 3);
                String kind = parts[0];
                String code = kind.equals("static") || kind.equals("warning") ? parts[1] : null;
                String fragment = code != null
                        ? (parts.length > 2 ? parts[2] : "")
                        : expect.substring(kind.length()).trim();
                out.add(new Sample(p.getFileName().toString(), kind, code, fragment, attach, src));
            }
        }
        return out;
    }

    @Test
    void theCorpusHasAtLeastAHundredSamplesOfEveryKind() throws Exception {
        List<Sample> all = samples();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        for (String category : List.of(
                "good", "syntax", "unknown", "args", "runtime", "loop", "memory", "entities", "escape", "hooks")) {
            assertThat(all)
                    .filteredOn(s -> s.file().contains("_" + category + "_"))
                    .hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsJudgedAsExpected() throws Exception {
        return samples().stream().map(s -> DynamicTest.dynamicTest(s.file(), () -> check(s)));
    }

    private static void check(Sample s) throws Exception {
        List<EntityReference> targets =
                s.attach().equals("none") ? List.of() : List.of(new EntityReference.ByName(s.attach()));
        ScriptSubmission sub = ScriptSubmission.lua("generated/" + s.file(), s.source(), targets);
        WorldSnapshot before = GAME.world().snapshot();
        VerificationResult r = VERIFIER.verify(sub, GAME.world());
        String report = s.file() + "\n" + r.toText();
        assertThat(GAME.world().snapshot().sameContent(before))
                .as("live world unchanged: " + report)
                .isTrue();
        assertThat(Json.mapper().writeValueAsString(r)).contains("\"passed\"");
        switch (s.kind()) {
            case "pass" -> {
                assertThat(r.passed()).as(report).isTrue();
                assertThat(r.preview()).as(report).isNotNull();
            }
            case "warning" -> {
                assertThat(r.passed()).as(report).isTrue();
                assertThat(r.issues(IssueSeverity.WARNING)).as(report).anySatisfy(i -> {
                    assertThat(i.code()).isEqualTo(s.code());
                    assertThat(i.message()).contains(s.fragment());
                });
            }
            case "static" -> {
                assertThat(r.passed()).as(report).isFalse();
                assertThat(r.failedStage()).as(report).isEqualTo(Stage.STATIC);
                assertThat(r.sandboxResult()).as(report).isNull();
                assertThat(r.issues(IssueSeverity.ERROR)).as(report).anySatisfy(i -> {
                    assertThat(i.code()).isEqualTo(s.code());
                    assertThat(i.message() + " " + i.suggestion()).contains(s.fragment());
                });
            }
            case "sandbox" -> {
                assertThat(r.passed()).as(report).isFalse();
                assertThat(r.failedStage()).as(report).isEqualTo(Stage.SANDBOX);
                List<String> texts = new ArrayList<>(r.suggestions());
                r.sandboxResult().errors().forEach(p -> texts.add(p.describe()));
                r.sandboxResult().limitsHit().forEach(p -> texts.add(p.describe()));
                assertThat(texts).as(report).anySatisfy(t -> assertThat(t).contains(s.fragment()));
                assertThat(r.sandboxResult().errors().stream()
                                        .anyMatch(p -> p.line() > 0 && p.file().equals(sub.path()))
                                || !r.sandboxResult().limitsHit().isEmpty())
                        .as("errors carry file:line: " + report)
                        .isTrue();
            }
            default -> throw new IllegalStateException("unknown expectation in " + s.file() + ": " + s.kind());
        }
    }

    static SandboxConfig config() {
        return VERIFIER.sandboxConfig();
    }
}
