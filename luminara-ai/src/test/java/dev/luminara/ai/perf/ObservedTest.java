package dev.luminara.ai.perf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import org.junit.jupiter.api.Test;

/** What the advisor makes of a running game it only observes: the systems that take longest, and forgetting. */
class ObservedTest {
    private static App app() {
        App app = App.builder().plugin(new DefaultPlugins()).build();
        for (int i = 0; i < 200; i++) app.world().spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0));
        return app;
    }

    @Test
    void anObservedGameListsItsHeaviestSystemsFromTheSchedule() {
        App app = app();
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        advisor.observe(app);
        for (int i = 0; i < 30; i++) app.step();
        PerformanceContext ctx = advisor.generateContext(app.world());
        assertThat(ctx.measured()).isTrue();
        assertThat(ctx.heaviestSystems()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        String names = String.join(
                " ", app.schedule().timings().stream().map(t -> t.name()).toList());
        for (String s : ctx.heaviestSystems()) {
            assertThat(names).contains(s.substring(0, s.lastIndexOf(' ', s.length() - 4)));
            assertThat(s).endsWith(" ms");
        }
    }

    @Test
    void resetLiveForgetsTheObservedFrames() {
        App app = app();
        World world = app.world();
        PerformanceAdvisor advisor = new PerformanceAdvisor(PerformanceBudget.FPS_60);
        advisor.observe(app);
        for (int i = 0; i < 30; i++) app.step();
        assertThat(advisor.generateContext(world).measured()).isTrue();
        advisor.resetLive();
        assertThat(advisor.generateContext(world).measured()).isFalse();
        for (int i = 0; i < 12; i++) app.step();
        assertThat(advisor.generateContext(world).measured()).isTrue();
        assertThat(advisor.generateContext(world).heaviestSystems()).isNotEmpty();
    }
}
