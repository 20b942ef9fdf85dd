package dev.luminara.ai.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.testing.Arena;
import dev.luminara.ai.testing.JsonExamples;
import dev.luminara.ai.testing.ScriptStandIn;
import dev.luminara.core.World;
import dev.luminara.core.spatial.SpatialIndex;
import org.junit.jupiter.api.Test;

/** Every documented intent, reference and position resolves in the arena: no variant falls through a chain. */
class IntentClosedSetsTest {
    private final World world = arena();
    private final SpatialIndex spatial = SpatialIndex.of(world);
    private final IntentResolver resolver =
            new IntentResolver(world, spatial, new SemanticIndex(world, spatial), ScriptStore.inMemory());

    private static World arena() {
        World w = Arena.load();
        w.register(ScriptStandIn.class);
        return w;
    }

    @Test
    void everyIntentResolvesAndHasAnImpact() {
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        for (Class<?> variant : AiIntent.class.getPermittedSubclasses()) {
            AiIntent intent = AiJson.read(JsonExamples.EXAMPLES.get(variant), AiIntent.class);
            assertThat(resolver.resolve(intent)).as(variant.getSimpleName()).isNotEmpty();
            assertThatCode(() -> advisor.estimateImpact(intent, world)).doesNotThrowAnyException();
        }
    }

    @Test
    void everyReferenceAndPositionResolves() {
        for (Class<?> variant : EntityReference.class.getPermittedSubclasses()) {
            EntityReference ref = AiJson.read(JsonExamples.EXAMPLES.get(variant), EntityReference.class);
            assertThat(ReferenceText.of(ref)).startsWith(variant.getSimpleName() + "(");
            assertThat(resolver.resolveAll(ref)).as(variant.getSimpleName()).isNotEmpty();
        }
        var player = Arena.named(world, "player");
        for (Class<?> variant : RelativePosition.class.getPermittedSubclasses()) {
            RelativePosition p = AiJson.read(JsonExamples.EXAMPLES.get(variant), RelativePosition.class);
            assertThat(resolver.resolvePositions(p, player, 2, 1))
                    .as(variant.getSimpleName())
                    .hasSize(2);
        }
    }
}
