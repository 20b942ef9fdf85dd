package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.intent.EntityReference;
import dev.luminara.runtime.GameRuntime;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A submission at a path other entities already run is applied to them too: the verifier says so. */
class SharedScriptTest {
    static final Path ARENA = Path.of("../samples/arena");
    static final GameRuntime GAME = GameRuntime.builder()
            .scene(ARENA.resolve("arena-scripted.scene.json"))
            .build();
    static final CodeVerifier VERIFIER = CodeVerifier.builder()
            .frames(2)
            .scriptRoot(ARENA.resolve("scripts"))
            .build();
    static final String IDLE = "local S = {}\nfunction S:on_update(dt) end\nreturn S\n";

    @AfterAll
    static void close() {
        GAME.close();
    }

    @Test
    void replacingAScriptOtherEntitiesRunNamesThem() {
        // pickup.lua runs on the three pickups; the submission targets only the first
        VerificationResult r = GAME.app()
                .call(w -> VERIFIER.verify(
                        ScriptSubmission.lua("pickup.lua", IDLE, List.of(new EntityReference.ByName("pickup_health"))),
                        w));
        assertThat(r.passed()).isTrue();
        assertThat(r.staticIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("shared-script");
            assertThat(i.severity()).isEqualTo(IssueSeverity.WARNING);
            assertThat(i.message())
                    .startsWith("pickup.lua is already the script of pickup_coin_1 (")
                    .contains("pickup_coin_2 (")
                    .doesNotContain("pickup_health");
        });
        assertThat(r.suggestions())
                .contains("give the new script a path of its own, unless every entity running"
                        + " pickup.lua should change");
    }

    @Test
    void aPathOfItsOwnOrEveryUserAsTargetsIsNotWarnedAbout() {
        VerificationResult own = GAME.app()
                .call(w -> VERIFIER.verify(
                        ScriptSubmission.lua(
                                "behaviors/idle.lua", IDLE, List.of(new EntityReference.ByName("pickup_health"))),
                        w));
        assertThat(own.staticIssues()).isEmpty();
        VerificationResult all = GAME.app()
                .call(w -> VERIFIER.verify(
                        ScriptSubmission.lua(
                                "pickup.lua",
                                IDLE,
                                List.of(
                                        new EntityReference.ByName("pickup_health"),
                                        new EntityReference.ByName("pickup_coin_1"),
                                        new EntityReference.ByName("pickup_coin_2"))),
                        w));
        assertThat(all.staticIssues()).isEmpty();
    }
}
