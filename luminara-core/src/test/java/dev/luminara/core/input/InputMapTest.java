package dev.luminara.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputMapTest {
    @Test
    void theDefaultsCoverTheSampleGame() {
        InputMap map = InputMap.defaults();
        assertThat(map.axes()).containsOnlyKeys("look_x", "look_y", "move_x", "move_z");
        assertThat(map.actions()).containsOnlyKeys("fire", "interact", "jump", "pause", "sprint");
        assertThat(map.axes().get("move_z"))
                .contains(AxisBinding.of("W", -1), AxisBinding.of("S", 1), AxisBinding.analog("PAD_LEFT_Y"));
        assertThat(map.actions().get("jump")).containsExactly("SPACE", "PAD_A");
    }

    @Test
    void bindingTheSameNameTwiceAppends() {
        InputMap map =
                InputMap.builder().action("fire", "F").action("fire", "G").build();
        assertThat(map.actions().get("fire")).containsExactly("F", "G");
    }

    @Test
    void unknownControlsAreRefusedWithASuggestion() {
        assertThatThrownBy(() -> InputMap.builder().action("jump", "SPCAE").build())
                .isInstanceOf(InputException.class)
                .hasMessage("input map: action jump: unknown control 'SPCAE'; did you mean 'SPACE'?");
        assertThatThrownBy(
                        () -> InputMap.builder().axis("steer", "LEFT", "RIGHT").build())
                .hasMessageStartingWith("input map: axis steer: unknown control 'LEFT'; did you mean");
    }

    @Test
    void namesMustBeLowerSnakeAndNotBothActionAndAxis() {
        assertThatThrownBy(() -> InputMap.builder().action("Jump", "SPACE").build())
                .hasMessageStartingWith("input map: action 'Jump': names are lower_snake");
        assertThatThrownBy(() -> InputMap.builder()
                        .action("boost", "B")
                        .axis("boost", AxisBinding.analog("PAD_RT"))
                        .build())
                .hasMessage("input map: 'boost' is both an action and an axis");
        assertThatThrownBy(() -> AxisBinding.of("W", Float.NaN)).hasMessageContaining("finite");
    }
}
