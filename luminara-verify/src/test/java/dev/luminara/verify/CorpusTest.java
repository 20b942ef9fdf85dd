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
import java.util.stream.Collectors;
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
 *
 * <p>A {@code static}, {@code warning} or {@code sandbox} expectation may name where the problem is, as an
 * {@code @line:column} (or {@code @line}) token right after the kind, e.g. {@code -- expect: static @4:3 unknown-api
 * did you mean} or {@code -- expect: sandbox @6 attempt to index}. It stays on the first line so the sample's own line
 * numbers do not move. For {@code static}/{@code warning} an issue with the code and fragment must be reported at
 * that line (and column, when given); for {@code sandbox} an error or limit with the fragment must be reported at
 * that line of the sample itself. Without the token the location is not checked. Samples whose issue the verifier
 * reports at a debatable place carry no location (so the corpus does not pin it): 026, 028 and 032, where LuaJ's
 * parser names the token before the offending one.
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
                    // instructions stop runaways first; the wall-clock backstop is wide so that 100,000 API calls
                    // (sample 099) in still-interpreted code on a loaded 2-core machine reach max_api_calls first
                    .withMaxExecutionTime(Duration.ofSeconds(2)))
            .build();

    @AfterAll
    static void close() {
        GAME.close();
    }

    /** Where a problem is expected: {@code column} is 0 when only the line is checked. */
    record Location(int line, int column) {
        static Location parse(String file, String token) {
            String[] lc = token.substring(1).split(":", -1);
            try {
                Location at = new Location(Integer.parseInt(lc[0]), lc.length > 1 ? Integer.parseInt(lc[1]) : 0);
                if (lc.length <= 2 && at.line() > 0 && at.column() >= 0) return at;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalStateException("bad location '" + token + "' in " + file + " (want @line or @line:col)");
        }

        boolean matches(int actualLine, int actualColumn) {
            return actualLine == line && (column == 0 || actualColumn == column);
        }

        @Override
        public String toString() {
            return column == 0 ? String.valueOf(line) : line + ":" + column;
        }
    }

    record Sample(String file, String kind, Location at, String code, String fragment, String attach, String source) {}

    static List<Sample> samples() throws Exception {
        Path dir = Path.of(CorpusTest.class.getResource("/corpus").toURI());
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static Sample parse(String file, String src) {
        String[] lines = src.split("\n", 3);
        String expect = lines[0].substring("-- expect: ".length()).trim();
        String attach = lines.length > 1 && lines[1].startsWith("-- attach: ")
                ? lines[1].substring(11).trim()
                : "enemy_red";
        String[] head = expect.split(" ", 2);
        String kind = head[0];
        String rest = head.length > 1 ? head[1].trim() : "";
        Location at = null;
        if (rest.startsWith("@")) {
            String[] split = rest.split(" ", 2);
            at = Location.parse(file, split[0]);
            rest = split.length > 1 ? split[1].trim() : "";
        }
        String code = null;
        if (kind.equals("static") || kind.equals("warning")) {
            String[] split = rest.split(" ", 2);
            code = split[0];
            rest = split.length > 1 ? split[1].trim() : "";
        }
        if (at != null && kind.equals("pass")) throw new IllegalStateException("a pass has no location: " + file);
        return new Sample(file, kind, at, code, rest, attach, src);
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

    @Test
    void theHeaderFormatIsParsedWithAndWithoutALocation() {
        Sample old = parse("a.lua", "-- expect: static unknown-api did you mean `x`\nlocal C = {}\n");
        assertThat(old.at()).isNull();
        assertThat(old.code()).isEqualTo("unknown-api");
        assertThat(old.fragment()).isEqualTo("did you mean `x`");
        Sample located = parse("b.lua", "-- expect: static @4:3 unknown-api did you mean `x`\n-- attach: none\n");
        assertThat(located.at()).isEqualTo(new Location(4, 3));
        assertThat(located.code()).isEqualTo("unknown-api");
        assertThat(located.fragment()).isEqualTo("did you mean `x`");
        assertThat(located.attach()).isEqualTo("none");
        Sample sandbox = parse("c.lua", "-- expect: sandbox @6 attempt to index\n");
        assertThat(sandbox.at()).isEqualTo(new Location(6, 0));
        assertThat(sandbox.fragment()).isEqualTo("attempt to index");
        assertThat(parse("d.lua", "-- expect: sandbox max_\n").at()).isNull();
        assertThat(Location.parse("e.lua", "@7").matches(7, 12)).isTrue();
        assertThat(Location.parse("e.lua", "@7:3").matches(7, 4)).isFalse();
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
                checkIssues(s, r.issues(IssueSeverity.WARNING), false, report);
            }
            case "static" -> {
                assertThat(r.passed()).as(report).isFalse();
                assertThat(r.failedStage()).as(report).isEqualTo(Stage.STATIC);
                assertThat(r.sandboxResult()).as(report).isNull();
                checkIssues(s, r.issues(IssueSeverity.ERROR), true, report);
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
                if (s.at() != null) {
                    List<SandboxProblem> problems = Stream.concat(
                                    r.sandboxResult().errors().stream(), r.sandboxResult().limitsHit().stream())
                            .filter(p -> p.describe().contains(s.fragment()))
                            .toList();
                    assertThat(problems.stream()
                                    .anyMatch(p -> p.file().equals(sub.path()) && s.at().matches(p.line(), 0)))
                            .as(
                                    "%s: expected the sandbox problem containing \"%s\" at %s:%s, but it was at %s%n%s",
                                    s.file(),
                                    s.fragment(),
                                    sub.path(),
                                    s.at(),
                                    problems.stream()
                                            .map(p -> p.file() + ":" + p.line())
                                            .collect(Collectors.joining(", ", "[", "]")),
                                    report)
                            .isTrue();
                }
            }
            default -> throw new IllegalStateException("unknown expectation in " + s.file() + ": " + s.kind());
        }
    }

    /** Some issue has the sample's code and fragment, and (when the sample names one) is at its location. */
    private static void checkIssues(Sample s, List<StaticIssue> issues, boolean withSuggestion, String report) {
        List<StaticIssue> matching = issues.stream()
                .filter(i -> i.code().equals(s.code()))
                .filter(i -> (withSuggestion ? i.message() + " " + i.suggestion() : i.message()).contains(s.fragment()))
                .toList();
        assertThat(matching)
                .as("%s: no %s issue containing \"%s\"%n%s", s.file(), s.code(), s.fragment(), report)
                .isNotEmpty();
        if (s.at() == null) return;
        assertThat(matching.stream().anyMatch(i -> s.at().matches(i.line(), i.column())))
                .as(
                        "%s: expected the %s issue at %s, but it was reported at %s%n%s",
                        s.file(),
                        s.code(),
                        s.at(),
                        matching.stream()
                                .map(i -> i.column() > 0 ? i.line() + ":" + i.column() : String.valueOf(i.line()))
                                .collect(Collectors.joining(", ", "[", "]")),
                        report)
                .isTrue();
    }

    static SandboxConfig config() {
        return VERIFIER.sandboxConfig();
    }
}
