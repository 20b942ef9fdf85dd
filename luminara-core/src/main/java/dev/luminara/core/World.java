package dev.luminara.core;

import dev.luminara.core.component.Transform;
import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.Storage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the engine core: entities with generational ids, components stored in archetype tables,
 * resources, deferred commands, change ticks and snapshots. A world is single-threaded; the app serialises access.
 *
 * <p>World validates and keeps the ticks; package-private helpers do the rest: {@link StructuralChanges} (archetype
 * moves), {@link TransformPositions} (the packed position fast path), {@link Hierarchy} (parent/child links),
 * {@link Resources} (resources and event buffers) and {@link EntityViews} (whole-entity lists).
 */
public final class World {
    private static final Logger LOG = LoggerFactory.getLogger(World.class);

    private final ComponentRegistry registry;
    private final Storage storage;
    private final Resources resources;
    private final StructuralChanges structural;
    private final TransformPositions positions;
    private final EntityViews views;
    private final Hierarchy hierarchy = new Hierarchy(this);
    private final Commands commands = new Commands(this);
    private long tick = 1;
    private long resyncTick;
    private int epoch;
    private int iterating;

    public World() {
        this(new ComponentRegistry(), Storage::new, Resources.empty(), 1);
    }

    /**
     * A world whose storage {@code makeStorage} builds from this world's column factory: new, or a copy of another's
     * (forks, snapshots: no empty storage made first, whose removal log is 1.3 MB). {@code resources} are taken as they
     * are, so callers pass a copy.
     */
    private World(
            ComponentRegistry registry,
            Function<IntFunction<Column>, Storage> makeStorage,
            Resources resources,
            long tick) {
        this.registry = registry;
        this.storage = makeStorage.apply(this::newColumn);
        this.resources = resources;
        this.structural = new StructuralChanges(registry, storage);
        this.positions = new TransformPositions(registry, storage);
        this.views = new EntityViews(registry, storage);
        this.tick = tick;
    }

    private Column newColumn(int typeId) {
        return registry.byId(typeId).newColumn(16);
    }

    public ComponentRegistry components() {
        return registry;
    }

    public <T extends Record> ComponentType<T> register(Class<T> type) {
        return registry.register(type);
    }

    // ---- entities ----

    public Entity spawn(Record... components) {
        checkStructural("spawn");
        Entity e = storage.entities().allocate();
        structural.place(e, components, tick);
        return e;
    }

    /** Spawns with exactly this id (scene loading); fails if the slot is in use. */
    public Entity spawnWithId(Entity id, Record... components) {
        checkStructural("spawn");
        if (!storage.entities().claim(id)) {
            throw new StaleEntityException(id, "cannot be spawned: slot " + id.index() + " is in use");
        }
        structural.place(id, components, tick);
        return id;
    }

    Entity reserveEntity() {
        return storage.entities().allocate();
    }

    /** Despawns an entity and, recursively, its children; it is detached from its parent first. */
    public void despawn(Entity e) {
        requireAlive(e);
        checkStructural("despawn");
        hierarchy.detachFromParent(e);
        hierarchy.forSubtreeChildrenFirst(e, d -> structural.despawn(d, tick));
    }

    public boolean isAlive(Entity e) {
        return storage.entities().isAlive(e);
    }

    /** Throws {@link StaleEntityException} saying why, unless {@code e} is alive. */
    public void requireAlive(Entity e) {
        if (!isAlive(e)) {
            throw new StaleEntityException(e, storage.entities().whyNotAlive(e));
        }
    }

    public int entityCount() {
        return storage.entities().alive();
    }

    /** Live entities in index order. */
    public List<Entity> entities() {
        return views.entities();
    }

    // ---- components ----

    public <T extends Record> T get(Entity e, Class<T> type) {
        return find(e, type)
                .orElseThrow(
                        () -> new MissingComponentException(e, registry.of(type).name(), views.componentNames(e)));
    }

    public <T extends Record> Optional<T> find(Entity e, Class<T> type) {
        requireAlive(e);
        ComponentType<T> ct = registry.of(type);
        Archetype a = archetypeOf(e);
        Column col = a.column(ct.id());
        return col == null ? Optional.empty() : Optional.of(type.cast(col.get(rowOf(e))));
    }

    public boolean has(Entity e, Class<? extends Record> type) {
        requireAlive(e);
        return archetypeOf(e).has(registry.of(type).id());
    }

    /** Adds {@code component}, or replaces the entity's component of the same type. */
    public <T extends Record> void set(Entity e, T component) {
        requireAlive(e);
        ComponentType<?> ct = registry.of(component.getClass());
        Archetype a = archetypeOf(e);
        Column col = a.column(ct.id());
        if (col != null) {
            int row = rowOf(e);
            col.put(row, component);
            col.markChanged(row, tick);
            return;
        }
        checkStructural("adding " + ct.name());
        structural.add(e, a, ct.id(), component, tick);
    }

    /**
     * Reads the position of {@code e}'s {@link Transform} into {@code out[0..2]} without building the record (the hot
     * read of scripts and systems that move things). Returns false, leaving {@code out} alone, when {@code e} has no
     * Transform; throws {@link StaleEntityException} when {@code e} is not alive, like {@link #get}.
     */
    public boolean readTransformPosition(Entity e, float[] out) {
        requireAlive(e);
        return positions.read(e, out);
    }

    /**
     * Moves {@code e}'s {@link Transform} to {@code (x, y, z)}, keeping its rotation and scale, without building
     * records: the same as {@code set(e, get(e, Transform.class).withPosition(new Vec3(x, y, z)))}, change tick
     * included, so transform propagation, change queries and {@link #changesSince} see it exactly as they see that
     * {@code set}. Returns false and changes nothing when {@code e} has no Transform (adding one is a structural change:
     * use {@link #set} or {@link #commands()}); throws {@link StaleEntityException} when {@code e} is not alive.
     */
    public boolean writeTransformPosition(Entity e, float x, float y, float z) {
        requireAlive(e);
        return positions.write(e, x, y, z, tick);
    }

    /** Removes a component, returning it, or null when the entity did not have one. */
    public <T extends Record> T remove(Entity e, Class<T> type) {
        requireAlive(e);
        ComponentType<T> ct = registry.of(type);
        Archetype a = archetypeOf(e);
        Column col = a.column(ct.id());
        if (col == null) {
            return null;
        }
        checkStructural("removing " + ct.name());
        T old = type.cast(col.get(rowOf(e)));
        structural.remove(e, a, ct.id(), tick);
        return old;
    }

    /** All components of an entity, in component-id order. */
    public List<Record> components(Entity e) {
        requireAlive(e);
        return views.components(e);
    }

    /** The tick at which the entity's component of this type last changed, or -1 if it has none. */
    public long changedTick(Entity e, Class<? extends Record> type) {
        requireAlive(e);
        Column col = archetypeOf(e).column(registry.of(type).id());
        return col == null ? -1 : col.changedTick(rowOf(e));
    }

    Archetype archetypeOf(Entity e) {
        return storage.archetype(storage.entities().archetypeOf(e.index()));
    }

    int rowOf(Entity e) {
        return storage.entities().rowOf(e.index());
    }

    // ---- hierarchy ----

    /** Attaches {@code child} to {@code parent} (or detaches it when parent is null), keeping Children in step. */
    public void setParent(Entity child, Entity parent) {
        hierarchy.setParent(child, parent);
    }

    // ---- resources ----

    public <R> void insertResource(R resource) {
        resources.insert(resource.getClass(), resource);
    }

    public <R> void insertResource(Class<? super R> key, R resource) {
        resources.insert(key, resource);
    }

    public <R> R resource(Class<R> type) {
        return resources.get(type);
    }

    public <R> Optional<R> findResource(Class<R> type) {
        return resources.find(type);
    }

    public <R> R resourceOrInsert(Class<R> type, Supplier<? extends R> create) {
        return resources.getOrInsert(type, create);
    }

    public <R> R removeResource(Class<R> type) {
        return resources.remove(type);
    }

    /** The event buffer for one event type, created on first use. */
    public <E> Events<E> events(Class<E> type) {
        return resources.events(type);
    }

    /** Ages every event buffer; called once per frame. */
    public void updateEvents() {
        resources.updateEvents();
    }

    // ---- queries and commands ----

    @SafeVarargs
    public final Query query(Class<? extends Record>... with) {
        return new Query(this, ids(with), new int[0], List.of());
    }

    int[] ids(Class<? extends Record>[] types) {
        return Arrays.stream(types)
                .mapToInt(t -> registry.of(t).id())
                .distinct()
                .sorted()
                .toArray();
    }

    public Commands commands() {
        return commands;
    }

    /** Applies queued commands in order; a command that fails is reported and skipped, the rest still apply. */
    public List<CommandFailure> applyCommands() {
        checkStructural("applying commands");
        return CommandApplier.applyAll(this, commands);
    }

    // ---- ticks, changes, snapshots ----

    /** The tick that mutations are currently stamped with. */
    public long tick() {
        return tick;
    }

    /** Returns the current tick and advances it, so that every later mutation is stamped after the returned tick. */
    public long checkpoint() {
        return tick++;
    }

    public Changes changesSince(long since) {
        return ChangeScanner.scan(this, since);
    }

    /**
     * Whether {@link #changesSince(long) changesSince(since)} would be complete, without building the answer: false
     * after a restore later than {@code since} or when removals after it were dropped. Incremental consumers (the
     * spatial index) call this each frame to decide between an update and a full resynchronisation.
     */
    public boolean changesCompleteSince(long since) {
        return since >= storage.removals().oldestCompleteTick() && since >= resyncTick;
    }

    public WorldSnapshot snapshot() {
        return new WorldSnapshot(registry, registry.size(), storage.copy(), resources.copyEntries(), tick);
    }

    /** Replaces this world's state with the snapshot's. Pending commands are dropped; the tick keeps increasing. */
    public void restore(WorldSnapshot snapshot) {
        checkStructural("restore");
        for (int id = 0; id < snapshot.registrySize(); id++) {
            if (id >= registry.size()
                    || registry.byId(id).type() != snapshot.registry().byId(id).type()) {
                throw new CoreException("cannot restore a snapshot taken from a world with other component types"
                        + " (component id " + id + " differs); use snapshot.toWorld() instead");
            }
        }
        storage.restoreFrom(snapshot.storage());
        resources.restoreFrom(snapshot.resources());
        tick = Math.max(tick, snapshot.tick()) + 1;
        resyncTick = tick;
        epoch++;
        commands.clear();
    }

    /** An independent copy of this world: what the verifier runs untrusted code against. */
    public World fork() {
        return new World(registry.copy(), storage::copy, resources.copy(), tick);
    }

    /** A new world holding a snapshot's state, with a copy of the registry it was taken with. */
    static World fromSnapshot(WorldSnapshot snapshot) {
        return new World(
                snapshot.registry().copy(),
                snapshot.storage()::copy,
                Resources.copyOf(snapshot.resources()),
                snapshot.tick());
    }

    Storage storage() {
        return storage;
    }

    int epoch() {
        return epoch;
    }

    void beginIteration() {
        iterating++;
    }

    void endIteration() {
        iterating--;
    }

    private void checkStructural(String operation) {
        if (iterating > 0) {
            throw new StructuralChangeException(operation);
        }
    }

    static void warn(String message) {
        LOG.warn(message);
    }
}
