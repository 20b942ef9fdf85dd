package dev.luminara.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.app.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputTest {
    private static App app(InputSource source) {
        App app = App.builder().plugin(new InputPlugin()).build();
        if (source != null) InputSource.install(app.world(), source);
        return app;
    }

    private static Input input(App app) {
        return app.world().resource(Input.class);
    }

    @Test
    void aPressHasAnEdgeAHeldCountAndAReleaseEdge() {
        App app = app(SimulatedInput.builder().press("jump", 10, 5).build());
        app.runFrames(9);
        assertThat(input(app).pressed("jump")).isFalse();
        app.step(); // frame 10
        Input in = input(app);
        assertThat(in.frame()).isEqualTo(10);
        assertThat(in.justPressed("jump")).isTrue();
        assertThat(in.heldFrames("jump")).isEqualTo(1);
        app.runFrames(4); // frame 14, the last of the five
        assertThat(in.pressed("jump")).isTrue();
        assertThat(in.justPressed("jump")).isFalse();
        assertThat(in.heldFrames("jump")).isEqualTo(5);
        app.step(); // frame 15
        assertThat(in.pressed("jump")).isFalse();
        assertThat(in.justReleased("jump")).isTrue();
        app.step();
        assertThat(in.justReleased("jump")).isFalse();
    }

    @Test
    void axesHoldTheirValueOverTheRangeEndExclusive() {
        App app = app(SimulatedInput.builder().axis("move_x", 0.5f, 20, 80).build());
        List<Float> seen = new ArrayList<>();
        app.addFrameListener((a, nanos) -> seen.add(input(a).axis("move_x")));
        app.runFrames(81);
        assertThat(seen.get(18)).isZero(); // frame 19
        assertThat(seen.get(19)).isEqualTo(0.5f); // frame 20
        assertThat(seen.get(78)).isEqualTo(0.5f); // frame 79
        assertThat(seen.get(79)).isZero(); // frame 80
    }

    @Test
    void systemsInLaterStagesSeeThisFramesInput() {
        List<Long> jumpedAt = new ArrayList<>();
        App app = App.builder()
                .plugin(new InputPlugin())
                .system(Stage.SCRIPTS, "jumper", w -> {
                    Input in = w.resource(Input.class);
                    if (in.justPressed("jump")) jumpedAt.add(in.frame());
                })
                .build();
        InputSource.install(
                app.world(),
                SimulatedInput.builder().press("jump", 3).press("jump", 7, 2).build());
        app.runFrames(12);
        assertThat(jumpedAt).containsExactly(3L, 7L);
    }

    @Test
    void rawControlsGoThroughTheDefaultMap() {
        App app = app(frame -> new RawInput(
                Set.of("SPACE", "W", "A", "D"), Map.of("PAD_RT", 0.7f, "PAD_LEFT_X", 0.25f, "MOUSE_DX", 3f)));
        app.step();
        Input in = input(app);
        assertThat(in.pressed("jump")).isTrue();
        assertThat(in.pressed("fire")).as("a trigger past the threshold").isTrue();
        assertThat(in.axis("move_z")).as("W is forward, -Z").isEqualTo(-1f);
        assertThat(in.axis("move_x")).as("A and D cancel, the stick adds").isEqualTo(0.25f);
        assertThat(in.axis("look_x")).as("clamped").isEqualTo(1f);
        assertThat(in.pressed("sprint")).isFalse();
    }

    @Test
    void aCustomMapDecidesTheNames() {
        App app = App.builder()
                .resource(InputMap.builder()
                        .action("brake", "B")
                        .axis("steer", "J", "L")
                        .build())
                .plugin(new InputPlugin())
                .build();
        InputSource.install(app.world(), frame -> new RawInput(Set.of("B", "L"), Map.of()));
        app.step();
        Input in = input(app);
        assertThat(in.actions()).containsExactly("brake");
        assertThat(in.axes()).containsExactly("steer");
        assertThat(in.pressed("brake")).isTrue();
        assertThat(in.axis("steer")).isEqualTo(1f);
    }

    @Test
    void askingForAnUnknownNameSuggestsTheRightOne() {
        App app = app(null);
        app.step();
        assertThatThrownBy(() -> input(app).pressed("jmup"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("unknown input action 'jmup'; did you mean 'jump'?")
                .hasMessageContaining("(actions: fire, interact, jump, pause, sprint)");
        assertThatThrownBy(() -> input(app).axis("move_y"))
                .hasMessageStartingWith("unknown input axis 'move_y'; did you mean 'move_x' or 'move_z'?");
    }

    @Test
    void withoutASourceEverythingIsReleased() {
        App app = app(null);
        app.runFrames(3);
        assertThat(input(app).pressed("jump")).isFalse();
        assertThat(input(app).axis("move_x")).isZero();
        assertThat(input(app).frame()).isEqualTo(3);
    }

    @Test
    void aFailingSourceReadsAsNoInputAndTheGameGoesOn() {
        App app = app(frame -> {
            if (frame == 2) throw new IllegalStateException("device unplugged");
            return new RawInput(Set.of("SPACE"), Map.of());
        });
        app.step();
        assertThat(input(app).pressed("jump")).isTrue();
        app.step();
        assertThat(input(app).justReleased("jump")).isTrue();
        app.step();
        assertThat(input(app).justPressed("jump")).isTrue();
    }

    @Test
    void theInputStateIsPartOfSnapshots() {
        App app = app(SimulatedInput.builder().press("jump", 1, 100).build());
        app.runFrames(10);
        WorldSnapshot s = app.world().snapshot();
        Input atSnapshot = input(app).copy();
        app.runFrames(5);
        assertThat(input(app).heldFrames("jump")).isEqualTo(15);
        app.world().restore(s);
        assertThat(input(app)).isEqualTo(atSnapshot);
        assertThat(input(app).heldFrames("jump")).isEqualTo(10);
        app.step();
        assertThat(input(app).heldFrames("jump")).isEqualTo(11);
    }

    @Test
    void toStringShowsWhatIsPressed() {
        App app = app(SimulatedInput.builder()
                .press("jump", 1, 3)
                .axis("move_x", 0.5f, 1, 5)
                .build());
        app.runFrames(2);
        assertThat(input(app)).hasToString("frame 2: jump(2) move_x=0.5");
    }
}
