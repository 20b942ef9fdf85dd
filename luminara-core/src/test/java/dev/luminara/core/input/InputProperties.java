package dev.luminara.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class InputProperties {
    private static final InputMap MAP = InputMap.defaults();

    @Provide
    Arbitrary<SimulatedInput> timelines() {
        Arbitrary<InputEvent> press = Combinators.combine(
                        Arbitraries.of("jump", "fire", "sprint", "SPACE", "E", "PAD_A", "MOUSE_LEFT"),
                        Arbitraries.longs().between(0, 60),
                        Arbitraries.longs().between(1, 20))
                .as(InputEvent.Press::new);
        Arbitrary<InputEvent> axis = Combinators.combine(
                        Arbitraries.of("move_x", "move_z", "PAD_LEFT_X", "PAD_RT", "MOUSE_DY"),
                        Arbitraries.floats().between(-1, 1),
                        Arbitraries.longs().between(0, 60),
                        Arbitraries.longs().between(1, 30))
                .as((c, v, from, len) -> new InputEvent.Axis(c, v, from, from + len));
        return Arbitraries.oneOf(press, axis).list().ofMaxSize(12).map(l -> SimulatedInput.of(l, MAP));
    }

    @Property(tries = 200)
    void theJsonFormReadsBackToTheSameTimeline(@ForAll("timelines") SimulatedInput timeline) {
        assertThat(SimulatedInput.parse(timeline.toJson(), "generated", MAP)).isEqualTo(timeline);
    }

    @Property(tries = 60)
    void twoRunsWithTheSameTimelineSeeTheSameInput(@ForAll("timelines") SimulatedInput timeline) {
        assertThat(run(timeline, 70)).isEqualTo(run(timeline, 70));
    }

    @Property(tries = 60)
    void restoringASnapshotReplaysTheSameInput(
            @ForAll("timelines") SimulatedInput timeline, @ForAll @IntRange(min = 0, max = 60) int at) {
        App app = app(timeline);
        app.runFrames(at);
        WorldSnapshot s = app.world().snapshot();
        List<String> first = record(app, 20);
        app.world().restore(s);
        assertThat(record(app, 20)).isEqualTo(first);
    }

    private static App app(SimulatedInput timeline) {
        App app = App.builder().plugin(new InputPlugin()).build();
        InputSource.install(app.world(), timeline);
        return app;
    }

    private static List<String> run(SimulatedInput timeline, int frames) {
        return record(app(timeline), frames);
    }

    /** Each frame's state, including the edges (toString shows held counts and axes only). */
    private static List<String> record(App app, int frames) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            app.step();
            Input in = app.world().resource(Input.class);
            StringBuilder sb = new StringBuilder(in.toString());
            for (String a : in.actions()) {
                if (in.justPressed(a)) sb.append(" +").append(a);
                if (in.justReleased(a)) sb.append(" -").append(a);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
