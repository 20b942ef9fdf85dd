package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.ai.intent.UnresolvedReferenceException;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An estimate refuses what applying refuses: references are resolved by the same resolver, with its exception. */
class EstimateResolvesTest {
    private static AiIntent spawnAt(String anchor) {
        return new AiIntent.SpawnRelative(
                new EntityReference.ByName(anchor),
                new RelativePosition.Above(1),
                new EntityTemplate(null, List.of(), Map.of()),
                10,
                null);
    }

    @Test
    void anUnknownAnchorIsRefusedAsApplyingWouldRefuseIt() {
        World world = new World();
        world.spawn(new Name("tower"), Transform.at(0, 0, 0));
        SpatialIndex spatial = SpatialIndex.of(world);
        try (SemanticIndex index = new SemanticIndex(world, spatial)) {
            IntentResolver resolver = new IntentResolver(world, spatial, index, ScriptStore.none());
            PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
            assertThatThrownBy(() -> advisor.estimateImpact(spawnAt("ghost"), world, resolver))
                    .isInstanceOf(UnresolvedReferenceException.class)
                    .hasMessageContaining("ghost")
                    .hasMessage(messageOf(() -> resolver.resolve(spawnAt("ghost"))));
            assertThat(advisor.estimateImpact(spawnAt("tower"), world, resolver).deltaMillis())
                    .isPositive();
        }
    }

    @Test
    void theEnginesEstimateIsTheResolvingOne() {
        World world = new World();
        world.spawn(new Name("tower"), Transform.at(0, 0, 0));
        try (dev.luminara.ai.AiEngine ai =
                dev.luminara.ai.AiEngine.builder().world(world).build()) {
            assertThatThrownBy(() -> ai.estimateImpact(spawnAt("ghost")))
                    .isInstanceOf(UnresolvedReferenceException.class)
                    .hasMessageContaining("ghost");
            assertThat(ai.estimateImpact(spawnAt("tower")).deltaMillis()).isPositive();
        }
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }
}
