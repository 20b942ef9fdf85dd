package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import org.junit.jupiter.api.Test;

/** The advice for max_api_calls tells a modest script on a long run from a script that calls in a tight loop. */
class ApiCallAdviceTest {
    static final String ONE_CALL_A_FRAME =
            "local C = {}\nfunction C:on_update(dt)\n  local f = time.frame()\nend\nreturn C\n";
    static final String LOOP =
            "local C = {}\nfunction C:on_update(dt)\n  for i = 1, 1000 do time.frame() end\nend\nreturn C\n";

    private static VerificationResult verify(String source, int frames) {
        World w = new World();
        Entity e = w.spawn(new Name("probe"), Transform.IDENTITY);
        return CodeVerifier.builder()
                .frames(frames)
                .sandbox(CodeVerifier.DEFAULT_SANDBOX.withMaxApiCalls(200))
                .build()
                .verify(ScriptSubmission.lua("s.lua", source, e), w);
    }

    @Test
    void aLongRunOfAModestScriptSaysToVerifyFewerFrames() {
        VerificationResult r = verify(ONE_CALL_A_FRAME, 400);
        assertThat(r.passed()).isFalse();
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s)
                .contains("makes about 1 API calls per frame, which is fine, but over ")
                .contains("passes max_api_calls (200 for the whole run): verify over fewer frames"));
    }

    @Test
    void aTightLoopIsToldToKeepValuesInLocals() {
        VerificationResult r = verify(LOOP, 3);
        assertThat(r.passed()).isFalse();
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s).contains("keep values in locals"));
    }
}
