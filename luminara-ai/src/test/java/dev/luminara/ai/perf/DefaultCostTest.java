package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

/** What the advisor assumes for costs nothing measured: documented defaults, never 0, and it says so. */
class DefaultCostTest {
    private static final EntityTemplate CRATE = new EntityTemplate(
            null,
            List.of(),
            Map.of(
                    "MeshShape", JsonNodeFactory.instance.objectNode(),
                    "RigidBody", JsonNodeFactory.instance.objectNode(),
                    "Collider", JsonNodeFactory.instance.objectNode()));

    private static World world(int n) {
        World w = new World();
        w.spawn(new Name("origin"), Transform.at(0, 0, 0));
        for (int i = 1; i < n; i++) w.spawn(Transform.at(i, 0, 0));
        return w;
    }

    private static AiIntent crates(int count) {
        return new AiIntent.SpawnRelative(
                new EntityReference.ByName("origin"), new RelativePosition.Above(1), CRATE, count, null);
    }

    @Test
    void anUncalibratedAdvisorPricesEachEntityAtTheDocumentedDefaultsAndSaysSo() {
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        PerformanceImpact impact = advisor.estimateImpact(crates(5000), world(20));
        double each = DefaultCosts.ENTITY_NANOS + DefaultCosts.RIGID_BODY_NANOS + DefaultCosts.COLLIDER_NANOS;
        assertThat(impact.deltaMillis()).isCloseTo(5000 * each / 1e6, offset(1e-9));
        assertThat(impact.basis()).startsWith("uncalibrated default").contains("perf_calibrate");
        assertThat(impact.message())
                .contains("1.43 µs each, +7.15 ms per frame")
                .contains("uncalibrated default: 0.20 µs per entity, Collider +1.10 µs, RigidBody +0.13 µs")
                .contains("luminara verify --calibrate");
    }

    @Test
    void aPartialFitPricesThePhysicsComponentsItDoesNotKnowAtTheirDefaults() {
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        // a world of plain entities: Transform and GlobalTransform fitted at 100 ns each, nothing else varied
        advisor.updateModel(List.of(plain(2000, 1.2e6), plain(3000, 1.4e6), plain(1000, 1e6)));
        assertThat(advisor.model().knows("Collider")).isFalse();
        PerformanceImpact impact = advisor.estimateImpact(crates(1000), world(1000)); // as last measured
        // Transform + GlobalTransform 200 ns, MeshShape the average fitted (100 ns), RigidBody and Collider defaults
        double each = 200 + 100 + DefaultCosts.RIGID_BODY_NANOS + DefaultCosts.COLLIDER_NANOS;
        assertThat(impact.deltaMillis()).isCloseTo(1000 * each / 1e6, offset(0.01));
        assertThat(impact.basis())
                .contains("Collider (uncalibrated default 1.10 µs)")
                .contains("MeshShape (average fitted cost assumed)")
                .contains("perf_calibrate");
    }

    private static Measurement plain(int n, double nanos) {
        return new Measurement("base", n, nanos, 60, Map.of("Transform", n, "GlobalTransform", n), Map.of());
    }
}
