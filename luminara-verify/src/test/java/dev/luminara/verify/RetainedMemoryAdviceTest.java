package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import org.junit.jupiter.api.Test;

/** A script that keeps more every frame fails in the sandbox with advice about what it keeps, not what it allocates. */
class RetainedMemoryAdviceTest {
    static final String LEAK = "local S = {}\nlocal keep = {}\nfunction S:on_update(dt)\n"
            + "  for i = 1, 4 do keep[#keep + 1] = string.rep(\"y\", 1000000) .. i end\nend\nreturn S\n";

    @Test
    void aGrowingScriptIsStoppedWithAdviceAboutWhatItKeeps() {
        World w = new World();
        Entity e = w.spawn(new Name("leaker"), Transform.IDENTITY);
        VerificationResult r = CodeVerifier.builder()
                .frames(60)
                .sandbox(CodeVerifier.DEFAULT_SANDBOX.withMaxMemory(16L << 20))
                .build()
                .verify(ScriptSubmission.lua("leak.lua", LEAK, e), w);
        assertThat(r.passed()).isFalse();
        assertThat(r.failedStage()).isEqualTo(Stage.SANDBOX);
        assertThat(r.sandboxResult().limitsHit()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("MB of Lua values after on_update"));
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s).contains("keeps more Lua values than the sandbox"));
        assertThat(r.sandboxResult().frames()).isLessThan(60);
    }
}
