package dev.luminara.core;

import java.util.ArrayList;
import java.util.List;

/** Applies a command queue to its world, in order, one exhaustive switch over the closed set of commands. */
final class CommandApplier {
    private CommandApplier() {}

    static List<CommandFailure> applyAll(World world, Commands commands) {
        List<CommandFailure> failures = new ArrayList<>();
        for (WorldCommand c = commands.poll(); c != null; c = commands.poll()) {
            try {
                apply(world, c);
            } catch (CoreException e) {
                failures.add(new CommandFailure(c, e.getMessage()));
                World.warn("command skipped: " + e.getMessage());
            }
        }
        return failures;
    }

    /** Handles every permitted {@link WorldCommand}; {@code CommandApplierTest} checks none is missed. */
    static void apply(World world, WorldCommand command) {
        if (command instanceof WorldCommand.Spawn s) {
            world.spawnWithId(s.entity(), s.components().toArray(Record[]::new));
        } else if (command instanceof WorldCommand.Despawn d) {
            world.despawn(d.entity());
        } else if (command instanceof WorldCommand.Insert i) {
            world.set(i.entity(), i.component());
        } else if (command instanceof WorldCommand.Remove r) {
            world.remove(r.entity(), r.type());
        } else if (command instanceof WorldCommand.SetParent p) {
            world.setParent(p.child(), p.parent());
        } else if (command instanceof WorldCommand.InsertResource r) {
            world.insertResource(r.resource());
        } else if (command instanceof WorldCommand.RemoveResource r) {
            world.removeResource(r.type());
        } else if (command instanceof WorldCommand.Run r) {
            r.action().accept(world);
        } else {
            throw new IllegalStateException(
                    "unhandled command " + command.getClass().getSimpleName());
        }
    }
}
