package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.perf.Measurement;
import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spawn predictions use the performance advisor's fitted costs when it has measurements. */
class PredictionTest {
    static final String BOMB = "local C = {}\nfunction C:on_start()\n"
            + "  for i = 1, 10000 do world.spawn(\"crate\", vec3(i, 0, 0)) end\nend\nreturn C\n";

    @Test
    void aCalibratedAdvisorPredictsTheFrameRateOfASpawnBomb() {
        PerformanceAdvisor advisor = new PerformanceAdvisor(new PerformanceBudget(60));
        // 2 µs per Transform + Name entity, fitted from two made-up measurements (1,000 and 3,000 entities)
        advisor.updateModel(List.of(
                new Measurement("mix", 1000, 2e6, 60, Map.of("Transform", 1000, "Name", 1000), Map.of()),
                new Measurement("mix", 3000, 6e6, 60, Map.of("Transform", 3000, "Name", 3000), Map.of())));
        World w = new World();
        Entity e = w.spawn(new Name("spawner"), Transform.IDENTITY);
        CodeVerifier v = CodeVerifier.builder().frames(2).advisor(advisor).build();
        VerificationResult r = v.verify(ScriptSubmission.lua("bomb.lua", BOMB, e), w);
        assertThat(r.passed()).isFalse();
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s)
                .startsWith("spawning 10,000 entities exceeds the budget: max_entities_spawned is 100;")
                .contains("with them the frame would go over budget too: predicted ")
                .contains("advisor model"));
    }

    @Test
    void uncalibratedPredictionsSayWhatTheyAssume() {
        World w = new World();
        Entity e = w.spawn(new Name("spawner"), Transform.IDENTITY);
        VerificationResult r = CodeVerifier.builder()
                .frames(2)
                .build()
                .verify(ScriptSubmission.lua("bomb.lua", BOMB.replace("10000", "250000"), e), w);
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s)
                .startsWith("spawning 250,000 entities exceeds the budget")
                .contains("predicted 20 fps")
                .contains("uncalibrated default of 0.2 µs per entity"));
    }

    @Test
    void aSpawnBombOnASmallWorldSaysTheFrameWouldStillFitAndAnUnknownCountGetsNoPrediction() {
        World w = new World();
        Entity e = w.spawn(new Name("spawner"), Transform.IDENTITY);
        CodeVerifier v = CodeVerifier.builder().frames(2).build();
        VerificationResult known = v.verify(ScriptSubmission.lua("bomb.lua", BOMB, e), w);
        assertThat(known.suggestions()).anySatisfy(s -> assertThat(s)
                .startsWith("spawning 10,000 entities exceeds the budget: max_entities_spawned is 100;")
                .contains("with them the frame would still fit: predicted "));
        String unknown = "local S = {}\nfunction S:on_start()\n  local n = 100 + #tostring(self.entity) * 1000\n"
                + "  for i = 1, n do world.spawn(\"crate\", vec3(0, 0, 0)) end\nend\nreturn S\n";
        VerificationResult r = v.verify(ScriptSubmission.lua("bomb2.lua", unknown, e), w);
        assertThat(r.suggestions()).anySatisfy(s -> assertThat(s)
                .isEqualTo("spawning more than 100 entities exceeds the budget: max_entities_spawned is 100"));
    }
}
