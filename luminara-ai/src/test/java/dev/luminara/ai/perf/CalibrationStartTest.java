package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where predictions start after a calibration alone (no measurement of the game itself): the world as it is. */
class CalibrationStartTest {
    private static App app() {
        return App.builder().plugin(new DefaultPlugins()).build();
    }

    @Test
    void afterCalibratingTheCurrentFrameIsTheCopyOfTheWorldAsItIsNotTheLargestCopy() {
        World world = app().world();
        for (int i = 0; i < 400; i++) {
            world.spawn(Transform.at(i % 20, 0, i / 20f), Velocity.linear(1, 0, 0));
        }
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        assertThat(advisor.generateContext(world).measured()).isFalse();

        List<Measurement> ms = advisor.calibrate(CalibrationStartTest::app, world, 2, 12);

        assertThat(ms.get(0).label()).isEqualTo("base");
        assertThat(ms.get(0).entityCount()).isEqualTo(world.entityCount());
        assertThat(ms.get(ms.size() - 1).entityCount()).isGreaterThan(world.entityCount());
        PerformanceContext now = advisor.generateContext(world);
        assertThat(now.measured()).isTrue();
        assertThat(now.frameMillis()).isEqualTo(ms.get(0).frameMillis());
        assertThat(advisor.model().measurements()).isEqualTo(ms.size());
    }
}
