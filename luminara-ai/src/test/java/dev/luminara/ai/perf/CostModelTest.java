package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.BehaviorTemplate;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.core.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static Measurement m(int a, int b, double nanos) {
        return new Measurement(
                "kind:test", a + b, nanos, 60, Map.of("A", a, "B", b, "Always", 7), Map.of("sys", nanos / 2));
    }

    @Test
    void aPiecewiseLinearCurveIsMonotoneAndExtrapolatesWithTheEndSlopes() {
        PiecewiseLinear c = PiecewiseLinear.fit(
                List.of(new double[] {0, 100}, new double[] {10, 200}, new double[] {20, 190}, new double[] {30, 400}));
        assertThat(c.value(0)).isEqualTo(100);
        assertThat(c.value(10)).isEqualTo(195); // the dip at 20 pooled with 10
        assertThat(c.value(20)).isEqualTo(195);
        assertThat(c.value(30)).isEqualTo(400);
        assertThat(c.value(40)).isCloseTo(605, offset(1e-9));
        assertThat(c.slope(30, 40)).isCloseTo(20.5, offset(1e-9));
        assertThat(PiecewiseLinear.fit(List.of(new double[] {5, 9}, new double[] {5, 11}, new double[] {5, 100}))
                        .value(0))
                .isEqualTo(11);
    }

    @Test
    void perComponentCostsAreRecoveredFromMeasurements() {
        // frame = 1 ms + 50 ns per A + 200 ns per B, with a little noise
        List<Measurement> ms = List.of(
                m(1000, 1000, 1e6 + 50e3 + 200e3 + 300),
                m(3000, 1000, 1e6 + 150e3 + 200e3 - 200),
                m(1000, 4000, 1e6 + 50e3 + 800e3 + 100),
                m(3000, 4000, 1e6 + 150e3 + 800e3));
        CostModel model = CostModel.fit(ms);
        assertThat(model.componentNanos().get("A")).isCloseTo(50, offset(1.0));
        assertThat(model.componentNanos().get("B")).isCloseTo(200, offset(1.0));
        assertThat(model.knows("Always"))
                .as("a count that never varied cannot be fitted")
                .isFalse();
        assertThat(model.baseNanos()).isCloseTo(1e6, offset(1e3));
        assertThat(model.entityNanos(List.of("A", "B"))).isCloseTo(250, offset(2.0));
    }

    @Test
    void impactsHaveSeverityAndSuggestions() {
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        // 10 ms now; each "Heavy" entity costs 1 µs
        advisor.updateModel(List.of(
                new Measurement(
                        "base", 1000, 10e6, 60, heavy(1000), Map.of("physics.step", 6e6, "transform.propagate", 1e6)),
                new Measurement("scale:3", 3000, 12e6, 60, heavy(3000), Map.of()),
                new Measurement(
                        "base", 1000, 10e6, 60, heavy(1000), Map.of("physics.step", 6e6, "transform.propagate", 1e6))));
        World world = new World();
        EntityTemplate heavy =
                new EntityTemplate(null, List.of(), Map.of("Heavy", JsonNodeFactory.instance.objectNode()));
        PerformanceImpact small = advisor.estimateImpact(spawn(heavy, 100), world);
        assertThat(small.severity()).isEqualTo(Severity.OK);
        assertThat(small.deltaMillis()).isCloseTo(0.1, offset(0.02));
        assertThat(small.suggestions()).isEmpty();
        PerformanceImpact big = advisor.estimateImpact(spawn(heavy, 10_000), world);
        assertThat(big.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(big.predictedFps()).isLessThan(60);
        assertThat(big.message())
                .contains("10000 × {GlobalTransform, Heavy, Transform}")
                .doesNotContain("not measured");
        assertThat(big.suggestions()).extracting(Suggestion::kind).contains("reduce-count", "drop-component");
        assertThat(advisor.estimateImpact(
                                new AiIntent.ModifyMatching(
                                        new EntityReference.ByTag("x"),
                                        "Heavy",
                                        new ComponentMutation.Merge(JsonNodeFactory.instance.objectNode())),
                                world)
                        .deltaMillis())
                .isZero();
        assertThat(advisor.estimateImpact(
                                new AiIntent.AttachBehavior(
                                        new EntityReference.ByTag("x"), BehaviorTemplate.builtin("spin"), Map.of()),
                                world)
                        .message())
                .contains("not measured yet");
        PerformanceContext ctx = advisor.generateContext(world);
        assertThat(ctx.measured()).isTrue();
        assertThat(ctx.frameMillis()).isEqualTo(10);
    }

    /** Heavy entities, each with a Transform and a GlobalTransform, as a world with transform propagation has. */
    private static Map<String, Integer> heavy(int n) {
        return Map.of("Heavy", n, "Transform", n, "GlobalTransform", n);
    }

    private static AiIntent spawn(EntityTemplate t, int count) {
        return new AiIntent.SpawnRelative(
                new EntityReference.ByName("a"), new RelativePosition.Above(1), t, count, null);
    }
}
