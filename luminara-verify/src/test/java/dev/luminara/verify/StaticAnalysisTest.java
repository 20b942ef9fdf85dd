package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact messages, positions and suggestions of the static stage (no world needed). */
class StaticAnalysisTest {
    static final CodeVerifier VERIFIER = CodeVerifier.builder().build();

    static List<StaticIssue> analyze(String source) {
        return VERIFIER.analyze(ScriptSubmission.lua("s.lua", source, List.of()));
    }

    static String cls(String body) {
        return "local C = {}\nfunction C:on_update(dt)\n" + body + "\nend\nreturn C\n";
    }

    @Test
    void unknownFunctionsNameTheFixTheWayAnAgentCanUseIt() {
        List<StaticIssue> issues = analyze(cls("  transform.set_pos(self.entity, vec3(0, 1, 0))"));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(IssueSeverity.ERROR);
            assertThat(i.code()).isEqualTo("unknown-api");
            assertThat(i.message()).isEqualTo("`transform.set_pos` is unknown; did you mean `transform.set_position`?");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.column()).isEqualTo(3);
            assertThat(i.describe()).startsWith("s.lua:3:3: error unknown-api: ");
        });
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        List<StaticIssue> issues = analyze("local C = {}\nfunction C:on_update(dt)\n  local x = = 2\nend\nreturn C\n");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("syntax");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.column()).isEqualTo(13);
            assertThat(i.message()).startsWith("syntax error near '='");
        });
    }

    @Test
    void literalArgumentsAreCheckedAgainstTypesAndRanges() {
        assertThat(analyze(cls("  transform.rotate_y(self.entity, \"fast\")")))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.message())
                                .isEqualTo(
                                        "argument 2 (degrees) of `transform.rotate_y` expects number, got the string \"fast\""));
        assertThat(analyze(cls("  Vehicle.SetSpeed(-5)"))).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(IssueSeverity.WARNING);
            assertThat(i.message()).contains("[0, 100]").contains("-5 will be clamped to 0");
        });
        assertThat(analyze(cls("  Debug.Log(\"x\", \"inof\")"))).singleElement().satisfies(i -> assertThat(i.message())
                .contains("must be one of [info, warn, error]")
                .contains("did you mean 'info'"));
        assertThat(analyze(cls("  transform.rotate_y(self.entity)")))
                .singleElement()
                .satisfies(i ->
                        assertThat(i.message()).isEqualTo("`transform.rotate_y` needs at least 2 arguments, got 1"));
    }

    @Test
    void argumentsThatAreNotLiteralsAreLeftToTheSandbox() {
        assertThat(
                        analyze(
                                cls(
                                        "  local d = 45 * dt\n  transform.rotate_y(self.entity, d)\n  transform.rotate_y(unpack({self.entity, 1}))")))
                .isEmpty();
    }

    @Test
    void localsShadowingModulesAreNotCheckedAsModules() {
        assertThat(analyze("local transform = { set_pos = function() end }\nlocal C = {}\n"
                        + "function C:on_start() transform.set_pos() end\nreturn C\n"))
                .isEmpty();
    }

    @Test
    void globalsTheScriptDefinesAreKnown() {
        assertThat(analyze("helper = function() return 1 end\nlocal C = {}\nfunction C:on_start() self.x = helper()"
                        + " end\nreturn C\n"))
                .isEmpty();
        assertThat(analyze(cls("  self.x = helpr()"))).singleElement().satisfies(i -> assertThat(i.code())
                .isEqualTo("unknown-global"));
    }

    @Test
    void forbiddenGlobalsAndLibraryFunctionsAreSandboxEscapes() {
        assertThat(analyze(cls("  local f = io.open(\"x\")\n  os.execute(\"ls\")\n  string.dump(print)")))
                .extracting(StaticIssue::code)
                .containsExactly("sandbox-escape", "sandbox-escape", "sandbox-escape");
        assertThat(analyze(cls("  local t = os.clock() + os.time()"))).isEmpty();
    }

    @Test
    void hooksDefinedInEveryStyleAreFound() {
        String s = "local C = { on_start = function(self) end }\n"
                + "function C:on_update(dt) end\n"
                + "C.on_destroy = function(self) end\n"
                + "function C.on_message(self, from, name, payload) end\n"
                + "return C\n";
        assertThat(VERIFIER.hooks(ScriptSubmission.lua("h.lua", s, List.of())))
                .containsExactly("on_destroy", "on_message", "on_start", "on_update");
        assertThat(analyze(s)).isEmpty();
    }

    @Test
    void endlessLoopsAreWarnedAboutAndLiteralSpawnLoopsCounted() {
        assertThat(analyze(cls("  while true do self.x = 1 end")))
                .singleElement()
                .satisfies(i -> assertThat(i.code()).isEqualTo("infinite-loop"));
        assertThat(analyze(cls("  while true do if self.x then break end end"))).isEmpty();
    }
}
