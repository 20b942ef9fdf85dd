package dev.luminara.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedInputTest {
    private static final InputMap MAP = InputMap.defaults();

    private static SimulatedInput parse(String json) {
        return SimulatedInput.parse(json, "t.json", MAP);
    }

    private static void fails(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void readsTheDocumentedForm() {
        SimulatedInput s = parse("""
                {"format": "luminara.input/1",
                 "events": [
                   {"type": "press", "control": "jump", "frame": 10, "frames": 5},
                   {"type": "axis", "control": "move_x", "value": 0.5, "from": 20, "to": 80},
                   {"type": "press", "control": "SPACE", "frame": 90}]}
                """);
        assertThat(s.events())
                .containsExactly(
                        new InputEvent.Press("jump", 10, 5),
                        new InputEvent.Axis("move_x", 0.5f, 20, 80),
                        new InputEvent.Press("SPACE", 90, 1));
        assertThat(s.endFrame()).isEqualTo(91);
        assertThat(s.read(12).down()).containsExactly("jump");
        assertThat(s.read(15).down()).isEmpty();
        assertThat(s.read(79).axis("move_x")).isEqualTo(0.5f);
        assertThat(s.read(80)).isEqualTo(RawInput.NONE);
    }

    @Test
    void aBareArrayIsAccepted() {
        assertThat(parse("[{\"type\": \"press\", \"control\": \"fire\", \"frame\": 0}]")
                        .events())
                .containsExactly(new InputEvent.Press("fire", 0, 1));
        assertThat(parse("[]").events()).isEmpty();
    }

    @Test
    void writesJsonThatReadsBackEqual() {
        SimulatedInput s = SimulatedInput.builder()
                .press("jump", 10, 5)
                .axis("move_z", -0.1f, 3, 4)
                .axis("PAD_LEFT_X", 1f, 0, 2)
                .build(MAP);
        String json = s.toJson();
        assertThat(json)
                .startsWith("{\n  \"format\": \"luminara.input/1\",\n  \"events\": [{\n    \"type\": \"press\",");
        assertThat(parse(json)).isEqualTo(s);
    }

    @Test
    void laterAxisEventsWinWhereTheyOverlap() {
        SimulatedInput s = SimulatedInput.builder()
                .axis("move_x", 1f, 0, 10)
                .axis("move_x", -0.5f, 5, 7)
                .build();
        assertThat(s.read(4).axis("move_x")).isEqualTo(1f);
        assertThat(s.read(5).axis("move_x")).isEqualTo(-0.5f);
        assertThat(s.read(7).axis("move_x")).isEqualTo(1f);
    }

    @Test
    void shiftingAndConcatenating() {
        SimulatedInput a = SimulatedInput.builder().press("jump", 1, 2).build();
        SimulatedInput b = SimulatedInput.builder().axis("move_x", 0.5f, 0, 3).build();
        SimulatedInput later = a.shiftedBy(100).plus(b);
        assertThat(later.events())
                .containsExactly(new InputEvent.Press("jump", 101, 2), new InputEvent.Axis("move_x", 0.5f, 0, 3));
        assertThat(later.read(101).down()).isEqualTo(Set.of("jump"));
        assertThatThrownBy(() -> a.shiftedBy(-5)).hasMessageContaining("field frame: must be a frame number");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("{\"events\": [\n  {\"type\": \"press\",, }\n]}"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.json:2:20: malformed JSON: Unexpected character (','");
    }

    @Test
    void structuralFaultsNameTheEventAndField() {
        fails(
                "{\"evnts\": []}",
                "t.json:1:2: field evnts: unknown field; did you mean 'events'? (allowed: format, events)");
        fails("{}", "t.json:1:1: missing \"events\" (an array)");
        fails("{\"events\": {}}", "t.json:1:2: expected an array of events or {\"events\": [...]}, got object");
        fails(
                "{\"format\": \"luminara.input/2\", \"events\": []}",
                "t.json:1:2: unsupported format \"luminara.input/2\"; this version reads \"luminara.input/1\"");
        fails("[3]", "t.json:1:2: event 0: an event must be a JSON object, got number 3");
        fails(
                "[{\"control\": \"jump\", \"frame\": 1}]",
                "t.json:1:2: event 0, field type: missing; expected one of \"press\", \"axis\"");
        fails(
                "[{\"type\": \"tap\", \"control\": \"jump\"}]",
                "t.json:1:3: event 0, field type: expected \"press\" or \"axis\", got \"tap\"");
        fails(
                "[{\"type\": \"pres\", \"control\": \"jump\"}]",
                "t.json:1:3: event 0, field type: expected \"press\" or \"axis\", got \"pres\"; did you mean 'press'?");
    }

    @Test
    void fieldFaultsAreLocatedAtTheField() {
        String twoEvents = "{\"events\": [\n"
                + "  {\"type\": \"press\", \"control\": \"jump\", \"frame\": 1},\n"
                + "  {\"type\": \"axis\", \"control\": \"move_x\", \"value\": 1.5, \"from\": 0, \"to\": 9}\n"
                + "]}";
        assertThatThrownBy(() -> parse(twoEvents))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.event()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("value");
                })
                .hasMessage("t.json:3:41: event 1 (axis), field value: must be within [-1, 1], got 1.5");
        fails(
                "[{\"type\": \"press\", \"control\": \"jump\", \"frame\": 1, \"frame\": 2}]",
                "t.json:1:58: malformed JSON: Duplicate field 'frame'");
        fails(
                "[{\"type\": \"press\", \"control\": \"jump\", \"frame\": 1.5}]",
                "t.json:1:39: event 0 (press), field frame: expected a whole number of frames, got 1.5");
        fails(
                "[{\"type\": \"press\", \"control\": \"jump\"}]",
                "t.json:1:2: event 0 (press), field frame: missing (required for a press event)");
        fails(
                "[{\"type\": \"press\", \"control\": 7, \"frame\": 1}]",
                "t.json:1:20: event 0 (press), field control: expected a string, got number 7");
        fails(
                "[{\"type\": \"press\", \"control\": \"jump\", \"frame\": 1, \"frames\": 0}]",
                "t.json:1:51: event 0 (press), field frames: must be at least 1 (how many frames the press lasts),"
                        + " got 0");
        fails(
                "[{\"type\": \"press\", \"control\": \"jump\", \"frame\": 1, \"value\": 1}]",
                "t.json:1:51: event 0 (press), field value: unknown field (allowed: type, control, frame, frames)");
        fails(
                "[{\"type\": \"axis\", \"control\": \"move_x\", \"value\": 0.5, \"from\": 5, \"to\": 5}]",
                "t.json:1:65: event 0 (axis), field to: must be after from (5; to is exclusive), got 5");
    }

    @Test
    void controlsAreCheckedAgainstTheMapAndTheEventType() {
        fails(
                "[{\"type\": \"press\", \"control\": \"jmup\", \"frame\": 1}]",
                "t.json:1:20: event 0 (press), field control: the input map has no action 'jmup'; did you mean"
                        + " 'jump'?");
        fails(
                "[{\"type\": \"press\", \"control\": \"move_x\", \"frame\": 1}]",
                "t.json:1:20: event 0 (press), field control: 'move_x' is an axis; use an axis event");
        fails(
                "[{\"type\": \"axis\", \"control\": \"jump\", \"value\": 1, \"from\": 0, \"to\": 1}]",
                "t.json:1:19: event 0 (axis), field control: 'jump' is an action; use a press event");
        fails(
                "[{\"type\": \"axis\", \"control\": \"SPACE\", \"value\": 1, \"from\": 0, \"to\": 1}]",
                "t.json:1:19: event 0 (axis), field control: 'SPACE' is a button; use a press event");
        fails(
                "[{\"type\": \"press\", \"control\": \"PAD_LT\", \"frame\": 1}]",
                "t.json:1:20: event 0 (press), field control: 'PAD_LT' is an analog control; use an axis event");
        fails(
                "[{\"type\": \"press\", \"control\": \"SPCE\", \"frame\": 1}]",
                "t.json:1:20: event 0 (press), field control: unknown control 'SPCE'; did you mean 'SPACE'?"
                        + " (actions and axes are lower_snake, raw controls UPPER_SNAKE)");
    }

    @Test
    void withoutAMapActionNamesAreCheckedForFormOnly() {
        SimulatedInput s =
                SimulatedInput.parse("[{\"type\": \"press\", \"control\": \"dash\", \"frame\": 1}]", null, null);
        assertThat(s.events()).hasSize(1);
        assertThatThrownBy(() -> s.checkedAgainst(MAP))
                .isInstanceOf(InputException.class)
                .hasMessage("event 0 (press), field control: the input map has no action 'dash'");
    }

    @Test
    void theBuilderChecksLikeTheReader() {
        assertThatThrownBy(
                        () -> SimulatedInput.builder().axis("move_x", 2f, 0, 1).build())
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.event()).isZero())
                .hasMessage("event 0 (axis), field value: must be within [-1, 1], got 2.0");
    }

    @Test
    void everyEventTypeIsHandled() {
        assertThat(InputEvent.class.getPermittedSubclasses()).hasSize(2);
        for (InputEvent e : List.of(new InputEvent.Press("jump", 1, 1), new InputEvent.Axis("move_x", 0f, 1, 2))) {
            assertThat(TimelineCheck.check(e, MAP)).isNull();
            assertThat(SimulatedInput.of(List.of(e)).shiftedBy(1).events()).hasSize(1);
            assertThat(SimulatedInput.of(List.of(e)).toJson()).contains("\"type\": \"" + e.type() + "\"");
        }
        assertThat(List.<Class<?>>of(InputEvent.Press.class, InputEvent.Axis.class))
                .containsExactlyInAnyOrder(InputEvent.class.getPermittedSubclasses());
    }
}
