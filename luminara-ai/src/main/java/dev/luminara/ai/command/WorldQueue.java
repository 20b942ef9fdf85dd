package dev.luminara.ai.command;

import dev.luminara.core.CommandFailure;
import dev.luminara.core.World;
import dev.luminara.core.WorldCommand;
import java.util.List;

/** Sends core commands through the world's queue and turns a reported failure into a {@link CommandException}. */
final class WorldQueue {
    private final World world;

    WorldQueue(World world) {
        this.world = world;
    }

    /** Queues and applies {@code commands} in order; stops at the first failure and throws it. */
    void run(String what, WorldCommand... commands) {
        for (WorldCommand c : commands) {
            world.commands().add(c);
            flush(what);
        }
    }

    /** Applies what is queued; throws the first failure. */
    void flush(String what) {
        List<CommandFailure> failures = world.applyCommands();
        if (!failures.isEmpty()) {
            throw new CommandException(what + ": " + failures.get(0).message());
        }
    }
}
