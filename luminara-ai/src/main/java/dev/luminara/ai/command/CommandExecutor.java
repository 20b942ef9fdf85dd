package dev.luminara.ai.command;

import dev.luminara.core.CoreException;
import dev.luminara.core.World;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link EngineCommand}s to a world (through its command queue) and to a script store, computing each one's
 * exact inverse from the state just before it runs. A batch is all or nothing: when one command fails, those before
 * it are undone and a {@link CommandException} names the failing one.
 */
public final class CommandExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CommandExecutor.class);

    private final World world;
    private final ScriptStore scripts;
    private final EntityCommands entities;
    private final ComponentCommands components;
    private final ScriptCommands scriptCommands;

    public CommandExecutor(World world, ScriptStore scripts) {
        this.world = world;
        this.scripts = scripts;
        WorldQueue queue = new WorldQueue(world);
        this.entities = new EntityCommands(world, queue);
        this.components = new ComponentCommands(world, queue);
        this.scriptCommands = new ScriptCommands(scripts);
    }

    public World world() {
        return world;
    }

    public ScriptStore scripts() {
        return scripts;
    }

    /** Applies one command; on failure nothing changed and a {@link CommandException} says why. */
    public AppliedCommand apply(EngineCommand command) {
        if (!world.commands().isEmpty()) {
            throw new CommandException("the world has " + world.commands().size()
                    + " pending commands; apply them (world.applyCommands()) before running engine commands");
        }
        try {
            return dispatch(command);
        } catch (CommandException e) {
            throw e;
        } catch (CoreException e) {
            throw new CommandException(-1, CommandText.describe(command) + ": " + e.getMessage(), e);
        }
    }

    private AppliedCommand dispatch(EngineCommand command) {
        if (command instanceof EngineCommand.SpawnEntity s) {
            return entities.spawn(s);
        } else if (command instanceof EngineCommand.DestroyEntity d) {
            return entities.destroy(d);
        } else if (command instanceof EngineCommand.RestoreEntities r) {
            return entities.restore(r);
        } else if (command instanceof EngineCommand.SetParent p) {
            return entities.setParent(p);
        } else if (command instanceof EngineCommand.AddComponent a) {
            return components.add(a);
        } else if (command instanceof EngineCommand.RemoveComponent r) {
            return components.remove(r);
        } else if (command instanceof EngineCommand.ModifyComponent m) {
            return components.modify(m);
        } else if (command instanceof EngineCommand.CreateScript c) {
            return scriptCommands.create(c);
        } else if (command instanceof EngineCommand.ModifyScript m) {
            return scriptCommands.modify(m);
        } else if (command instanceof EngineCommand.DeleteScript d) {
            return scriptCommands.delete(d);
        } else if (command instanceof EngineCommand.WriteScriptBytes w) {
            return scriptCommands.writeBytes(w);
        }
        throw new IllegalStateException(
                "unhandled command " + command.getClass().getSimpleName());
    }

    /**
     * Applies commands in order, all or nothing. Returns each as applied with its inverse; {@link #inverses} turns the
     * result into the list that undoes the whole batch.
     */
    public List<AppliedCommand> applyAll(List<? extends EngineCommand> commands) {
        List<AppliedCommand> done = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            try {
                done.add(apply(commands.get(i)));
            } catch (CoreException e) {
                String rollback = rollBack(done);
                throw new CommandException(
                        i,
                        "command " + i + " failed: " + e.getMessage()
                                + (done.isEmpty() ? "" : "; the " + done.size() + " before it were undone")
                                + rollback,
                        e);
            }
        }
        return done;
    }

    /** Undoes applied commands newest first; returns an empty string, or a note when the world could not be restored. */
    private String rollBack(List<AppliedCommand> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            try {
                apply(done.get(i).inverse());
            } catch (CoreException e) {
                LOG.error(
                        "rollback of {} failed: {}",
                        CommandText.describe(done.get(i).command()),
                        e.getMessage());
                return " (rollback of command " + i + " failed too: " + e.getMessage() + ")";
            }
        }
        return "";
    }

    /** The commands that undo a batch: each inverse, newest first. */
    public static List<EngineCommand> inverses(List<AppliedCommand> applied) {
        List<EngineCommand> out = new ArrayList<>(applied.size());
        for (int i = applied.size() - 1; i >= 0; i--) out.add(applied.get(i).inverse());
        return out;
    }

    /** The commands as applied (ids filled in), in order: what redo replays. */
    public static List<EngineCommand> commands(List<AppliedCommand> applied) {
        List<EngineCommand> out = new ArrayList<>(applied.size());
        for (AppliedCommand a : applied) out.add(a.command());
        return out;
    }
}
