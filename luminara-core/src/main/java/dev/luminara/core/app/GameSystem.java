package dev.luminara.core.app;

import dev.luminara.core.World;

/** One unit of per-frame logic. Structural changes made while iterating go through {@code world.commands()}. */
@FunctionalInterface
public interface GameSystem {
    void run(World world);
}
