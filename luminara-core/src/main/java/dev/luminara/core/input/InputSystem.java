package dev.luminara.core.input;

import dev.luminara.core.World;
import dev.luminara.core.app.GameSystem;
import dev.luminara.core.app.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the source for the current frame and advances {@link Input} through the current {@link InputMap}. */
final class InputSystem implements GameSystem {
    private static final Logger LOG = LoggerFactory.getLogger(InputSystem.class);

    @Override
    public void run(World world) {
        long frame = world.resource(Time.class).frame();
        InputMap map = world.resourceOrInsert(InputMap.class, InputMap::defaults);
        Input input = world.resourceOrInsert(Input.class, () -> new Input(map));
        RawInput raw = RawInput.NONE;
        InputSource source = world.findResource(InputSource.class).orElse(null);
        if (source != null) {
            try {
                raw = source.read(frame);
            } catch (RuntimeException e) {
                // a broken device must not stop the game; this frame reads as no input
                LOG.warn("input source {} failed at frame {}: {}", source, frame, e.toString());
            }
        }
        input.update(frame, raw == null ? RawInput.NONE : raw, map);
    }
}
