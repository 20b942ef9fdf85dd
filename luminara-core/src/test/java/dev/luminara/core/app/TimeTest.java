package dev.luminara.core.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.WorldSnapshot;
import org.junit.jupiter.api.Test;

class TimeTest {
    private static App app(double hz) {
        return App.builder().hz(hz).build();
    }

    @Test
    void aFrameAdvancesByTheFixedStep() {
        App app = app(50);
        app.runFrames(10);
        Time t = app.time();
        assertThat(t.frame()).isEqualTo(10);
        assertThat(t.delta()).isEqualTo(0.02);
        assertThat(t.fixedDelta()).isEqualTo(0.02);
        assertThat(t.elapsed()).isCloseTo(0.2, within(1e-12));
        assertThat(t.unscaledElapsed()).isEqualTo(0.2);
    }

    @Test
    void theScaleSlowsGameTimeFromTheNextFrameButNotTheFrameClock() {
        App app = app(60);
        app.runFrames(60);
        app.world().insertResource(app.time().withScale(0.5));
        assertThat(app.time().delta()).isEqualTo(1.0 / 60); // this frame is already spent
        app.runFrames(60);
        Time t = app.time();
        assertThat(t.delta()).isEqualTo(0.5 / 60);
        assertThat(t.elapsed()).isCloseTo(1.5, within(1e-9));
        assertThat(t.unscaledElapsed()).isEqualTo(2.0);
        assertThat(t.frame()).isEqualTo(120);
    }

    @Test
    void pausingFreezesGameTimeAndKeepsTheScaleForLater() {
        App app = app(60);
        app.world().insertResource(app.time().withScale(2));
        app.runFrames(30);
        app.world().insertResource(app.time().withPaused(true));
        app.runFrames(30);
        Time paused = app.time();
        assertThat(paused.delta()).isZero();
        assertThat(paused.elapsed()).isCloseTo(1.0, within(1e-9));
        assertThat(paused.frame()).isEqualTo(60);
        app.world().insertResource(paused.withPaused(false));
        app.step();
        assertThat(app.time().delta()).isEqualTo(2.0 / 60);
    }

    @Test
    void aSystemCanChangeTheScaleAndSnapshotsCaptureIt() {
        App app = App.builder()
                .system(Stage.LATE_UPDATE, "slowmo", w -> {
                    Time t = w.resource(Time.class);
                    if (t.frame() == 10) w.insertResource(t.withScale(0.25));
                })
                .build();
        app.runFrames(10);
        WorldSnapshot s = app.world().snapshot();
        app.runFrames(5);
        assertThat(app.time().delta()).isEqualTo(0.25 / 60);
        app.world().restore(s);
        assertThat(app.time().frame()).isEqualTo(10);
        assertThat(app.time().scale()).isEqualTo(0.25);
    }

    @Test
    void aBadScaleIsRefusedWithTheValue() {
        Time t = Time.start(60);
        assertThatThrownBy(() -> t.withScale(-1))
                .isInstanceOf(AppException.class)
                .hasMessage("time scale must be within [0, 100], got -1.0");
        assertThatThrownBy(() -> t.withScale(Double.NaN)).hasMessageContaining("got NaN");
    }

    @Test
    void realTimeIsAServiceOutsideTheComparedState() {
        App app = app(60);
        RealTime clock = app.world().resource(RealTime.class);
        assertThat(clock.seconds()).isGreaterThanOrEqualTo(0);
        WorldSnapshot a = app.world().snapshot();
        assertThat(a.sameContent(app.world().snapshot())).isTrue();
    }
}
