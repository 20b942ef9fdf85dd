package dev.luminara.core.input;

import dev.luminara.core.app.AppBuilder;
import dev.luminara.core.app.Plugin;
import dev.luminara.core.app.Stage;

/**
 * Named input: inserts the {@link InputMap} (the defaults, unless the app already has one) and the {@link Input}
 * state, and updates the state first thing each frame ({@code Stage.INPUT}, system {@code input.update}) from the
 * {@code InputSource.class} resource, if any (without one, everything reads as released).
 */
public final class InputPlugin implements Plugin {
    @Override
    public void build(AppBuilder app) {
        InputMap map = app.world().resourceOrInsert(InputMap.class, InputMap::defaults);
        app.world().resourceOrInsert(Input.class, () -> new Input(map));
        app.system(Stage.INPUT, "input.update", new InputSystem());
    }
}
