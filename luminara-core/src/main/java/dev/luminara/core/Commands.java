package dev.luminara.core;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A queue of structural changes to apply at the next sync point, in the order they were queued. Systems use it to
 * spawn and despawn while they iterate; the schedule applies it after each stage.
 */
public final class Commands {
    private final World world;
    private final ArrayDeque<WorldCommand> queue = new ArrayDeque<>();

    Commands(World world) {
        this.world = world;
    }

    /** Queues a spawn; the returned id is reserved now and becomes alive when the command is applied. */
    public Entity spawn(Record... components) {
        Entity e = world.reserveEntity();
        queue.add(new WorldCommand.Spawn(e, List.of(components)));
        return e;
    }

    public Commands despawn(Entity entity) {
        queue.add(new WorldCommand.Despawn(entity));
        return this;
    }

    public Commands insert(Entity entity, Record component) {
        queue.add(new WorldCommand.Insert(entity, component));
        return this;
    }

    public Commands remove(Entity entity, Class<? extends Record> type) {
        queue.add(new WorldCommand.Remove(entity, type));
        return this;
    }

    public Commands setParent(Entity child, Entity parent) {
        queue.add(new WorldCommand.SetParent(child, parent));
        return this;
    }

    public Commands insertResource(Object resource) {
        queue.add(new WorldCommand.InsertResource(resource));
        return this;
    }

    public Commands removeResource(Class<?> type) {
        queue.add(new WorldCommand.RemoveResource(type));
        return this;
    }

    public Commands run(String description, Consumer<World> action) {
        queue.add(new WorldCommand.Run(description, action));
        return this;
    }

    public Commands add(WorldCommand command) {
        queue.add(command);
        return this;
    }

    public int size() {
        return queue.size();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The queued commands, oldest first. */
    public List<WorldCommand> pending() {
        return List.copyOf(queue);
    }

    void clear() {
        queue.clear();
    }

    /** Removes and returns the oldest queued command, or null. Commands queued while applying join the same pass. */
    WorldCommand poll() {
        return queue.pollFirst();
    }
}
