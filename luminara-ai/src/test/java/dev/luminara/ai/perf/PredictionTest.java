package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Color;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The advisor's prediction against reality: a world of 5,000 moving entities, calibrated on scratch apps; predict the
 * frame cost after 5,000 more, spawn them through the intent, measure. Frame costs are medians of the stepping
 * thread's CPU time (see {@link FrameSampler}). The machine these tests run on is shared, and its speed drifts by
 * more than the tolerance within seconds, so reality is measured interleaved with a replica of the world as it was
 * when the prediction was made: the measured frame time is taken under the conditions the prediction assumed
 * (scaled by replica-now / before-then), which is what "the error of the prediction" means on a busy machine.
 */
class PredictionTest {
    private static final int START = 5_000, MORE = 5_000;

    /** Median frame costs of two apps stepped in alternation, after {@code warmup} frames of each. */
    private static double[] interleaved(App a, App b, int warmup, int frames) {
        for (int i = 0; i < warmup; i++) {
            a.step();
            b.step();
        }
        double[] ca = new double[frames], cb = new double[frames];
        for (int i = 0; i < frames; i += 8) {
            FrameSampler.sample(a, ca, i, Math.min(8, frames - i));
            FrameSampler.sample(b, cb, i, Math.min(8, frames - i));
        }
        return new double[] {FrameSampler.median(ca), FrameSampler.median(cb)};
    }

    private static App app() {
        return App.builder().plugin(new DefaultPlugins()).build();
    }

    @Test
    void predictsTheFrameTimeAfterSpawningFiveThousandMoreWithinAQuarter() {
        App app = app();
        World world = app.world();
        SplittableRandom random = new SplittableRandom(7);
        world.spawn(new Name("origin"), Transform.at(0, 0, 0));
        for (int i = 0; i < START; i++) {
            world.spawn(
                    Transform.at((float) random.nextDouble(-50, 50), 0, (float) random.nextDouble(-50, 50)),
                    Velocity.linear((float) random.nextDouble(-1, 1), 0, (float) random.nextDouble(-1, 1)),
                    MeshShape.box(1, 1, 1, Color.GREY));
        }
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        List<Measurement> calibration = advisor.calibrate(PredictionTest::app, world, 60, 240);
        Measurement before = advisor.measure(app, 120, 240);
        ObjectNode velocity = JsonNodeFactory.instance.objectNode();
        velocity.putArray("linear").add(0.5).add(0).add(0.5);
        EntityTemplate mover = new EntityTemplate(
                null, List.of(), Map.of("Velocity", velocity, "MeshShape", JsonNodeFactory.instance.objectNode()));
        AiIntent intent = new AiIntent.SpawnRelative(
                new EntityReference.ByName("origin"), new RelativePosition.RandomInRadius(50, 3L), mover, MORE, null);
        PerformanceImpact impact = advisor.estimateImpact(intent, world);

        SpatialIndex spatial = SpatialIndex.of(world);
        IntentResolver resolver =
                new IntentResolver(world, spatial, new SemanticIndex(world, spatial), ScriptStore.none());
        App replica = app();
        dev.luminara.core.scene.Scenes.instantiate(
                dev.luminara.core.scene.Scenes.capture(world, "replica"), replica.world());
        new CommandExecutor(world, ScriptStore.none()).applyAll(resolver.resolve(intent));
        double[] nowAndReplica = interleaved(app, replica, 120, 240);
        double measuredMillis = nowAndReplica[0] / 1e6 * (before.frameNanos() / nowAndReplica[1]);

        double predicted = impact.predictedFrameMillis();
        double error = Math.abs(predicted - measuredMillis) / measuredMillis;
        System.out.printf(
                "prediction: predicted %.3f ms, measured %.3f ms, before %.3f ms, error %.1f%%; calibration %s%n",
                predicted,
                measuredMillis,
                before.frameMillis(),
                100 * error,
                calibration.stream()
                        .map(m -> m.entityCount() + ":" + String.format("%.3f", m.frameMillis()))
                        .toList());
        assertThat(world.entityCount()).isEqualTo(START + MORE + 1);
        assertThat(error)
                .as(
                        "predicted %.3f ms, measured %.3f ms, before %.3f ms (%s); calibration %s",
                        predicted,
                        measuredMillis,
                        before.frameMillis(),
                        impact.message(),
                        calibration.stream()
                                .map(m -> m.entityCount() + ":" + String.format("%.3f", m.frameMillis()))
                                .toList())
                .isLessThanOrEqualTo(0.25);
    }
}
