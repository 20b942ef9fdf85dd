package dev.luminara.script.internal;

import static dev.luminara.script.internal.Values.str;

import dev.luminara.core.input.Input;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;
import java.util.Optional;

/** {@code input}: named actions and axes from the world's {@link Input} resource (all false/zero without one). */
final class InputModule {
    private InputModule() {}

    static ApiModule create() {
        return ApiModule.builder("input")
                .description("Named actions (pressed, just pressed, just released) and axes in [-1, 1].")
                .function(action("pressed", "Whether the action is held this frame.", Input::pressed))
                .function(action("just_pressed", "Whether the action went down this frame.", Input::justPressed))
                .function(action("just_released", "Whether the action went up this frame.", Input::justReleased))
                .function(ApiFunction.builder("axis")
                        .param("name", ValueType.STRING, "Axis name, e.g. \"move_x\"")
                        .returns(ValueType.NUMBER)
                        .description("The axis value in [-1, 1].")
                        .implementedBy((c, a) -> ScriptValue.of(input(c).map(i -> (double) i.axis(str(a.get(0))))
                                .orElse(0.0))))
                .build();
    }

    private interface Test {
        boolean test(Input input, String action);
    }

    private static ApiFunction action(String name, String description, Test test) {
        return ApiFunction.builder(name)
                .param("action", ValueType.STRING, "Action name, e.g. \"jump\"")
                .returns(ValueType.BOOL)
                .description(description)
                .implementedBy((c, a) -> ScriptValue.of(
                        input(c).map(i -> test.test(i, str(a.get(0)))).orElse(false)));
    }

    private static Optional<Input> input(CallContext c) {
        return c.world().findResource(Input.class);
    }
}
