package dev.luminara.core.input;

import dev.luminara.core.World;

/**
 * Where raw input comes from: a device, a network peer, or a scripted timeline ({@link SimulatedInput}). Installed as
 * the world resource {@code InputSource.class} ({@link #install}); the input system asks it once per frame, in {@code Stage.INPUT}.
 */
@FunctionalInterface
public interface InputSource {
    /**
     * The raw state during {@code frame} (the {@code Time.frame()} being simulated). A source that samples a device
     * should report a button down for at least one frame per press, even a press shorter than a frame.
     */
    RawInput read(long frame);

    /** Makes {@code source} the world's input source (the resource key is the interface, whatever the class). */
    static void install(World world, InputSource source) {
        world.insertResource(InputSource.class, source);
    }
}
