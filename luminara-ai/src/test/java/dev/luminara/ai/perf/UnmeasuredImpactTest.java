package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Predictions with no frame measured: the JSON and the text agree, and neither claims an infinite frame rate. */
class UnmeasuredImpactTest {
    private final PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);

    @Test
    void aFrameThatTakesNoTimeHasNoFrameRateInTheJsonOrTheText() {
        AiIntent modify = new AiIntent.ModifyMatching(
                new EntityReference.ByTag("x"),
                "Transform",
                new ComponentMutation.Merge(JsonNodeFactory.instance.objectNode()));
        PerformanceImpact impact = advisor.estimateImpact(modify, new World());
        assertThat(impact.predictedFrameMillis()).isZero();
        assertThat(impact.predictedFps()).isNull();
        assertThat(impact.measured()).isFalse();
        JsonNode json = AiJson.tree(impact);
        // null, which AiJson's mapper leaves out like every null member
        assertThat(json.path("predictedFps").isMissingNode()
                        || json.get("predictedFps").isNull())
                .as(json.toString())
                .isTrue();
        assertThat(json.get("measured").asBoolean(true)).isFalse();
        assertThat(json.toString()).doesNotContain("Infinity");
        assertThat(impact.message()).contains("frame rate unknown").doesNotContain("1000000 fps");
    }

    @Test
    void anUnmeasuredCurrentFrameIsPricedAtTheDefaultAndTheTextShowsTheSameFrameRateAsTheJson() {
        World world = new World();
        world.spawn(new Name("origin"), Transform.at(0, 0, 0));
        for (int i = 1; i < 20; i++) world.spawn(Transform.at(i, 0, 0));
        EntityTemplate ball = new EntityTemplate(null, List.of(), Map.of());
        PerformanceImpact impact = advisor.estimateImpact(
                new AiIntent.SpawnRelative(
                        new EntityReference.ByName("origin"), new RelativePosition.Above(1), ball, 10, null),
                world);
        assertThat(impact.measured()).isFalse();
        assertThat(impact.predictedFrameMillis()).isCloseTo(30 * DefaultCosts.ENTITY_NANOS / 1e6, offset(1e-9));
        assertThat(impact.predictedFps()).isCloseTo(1e9 / (30 * DefaultCosts.ENTITY_NANOS), offset(1e-6));
        assertThat(AiJson.tree(impact).get("predictedFps").isNumber()).isTrue();
        assertThat(impact.message())
                .contains("current frame not measured: 20 entities × 0.20 µs assumed")
                .contains(String.format(java.util.Locale.ROOT, "(%.0f fps", impact.predictedFps()));
    }
}
