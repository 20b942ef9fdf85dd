package dev.luminara.core;

import dev.luminara.core.component.Children;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.EntityAllocator;
import dev.luminara.core.internal.PackedColumn;
import dev.luminara.core.internal.RemovalLog;
import dev.luminara.core.internal.Storage;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the engine core: entities with generational ids, components stored in archetype tables,
 * resources, deferred commands, change ticks and snapshots. A world is single-threaded; the app serialises access.
 */
public final class World {
    private static final Logger LOG = LoggerFactory.getLogger(World.class);

    private final ComponentRegistry registry;
    private Storage storage;
    private Map<Object, Object> resources = new LinkedHashMap<>();
    private final Commands commands = new Commands(this);
    private long tick = 1;
    private long resyncTick;
    private int epoch;
    private int iterating;
    private int transformId = -1;
    private int positionSlot;

    public World() {
        this(new ComponentRegistry());
    }

    private World(ComponentRegistry registry) {
        this.registry = registry;
        this.storage = new Storage(this::newColumn);
    }

    /** A world over a copy of {@code source} (forks): no empty storage made first, whose removal log is 1.3 MB. */
    private World(ComponentRegistry registry, Storage source) {
        this.registry = registry;
        this.storage = source.copy(this::newColumn);
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
        place(e, components);
        return e;
    }

    /** Spawns with exactly this id (scene loading); fails if the slot is in use. */
    public Entity spawnWithId(Entity id, Record... components) {
        checkStructural("spawn");
        if (!storage.entities().claim(id)) {
            throw new StaleEntityException(id, "cannot be spawned: slot " + id.index() + " is in use");
        }
        place(id, components);
        return id;
    }

    Entity reserveEntity() {
        return storage.entities().allocate();
    }

    /** Stores the components in the archetype of their types; of two components of one type, the later wins. */
    private void place(Entity e, Record... components) {
        int[] ids = new int[components.length];
        Record[] values = new Record[components.length];
        int n = 0;
        for (Record c : components) {
            // insertion into sorted order: spawn is hot and component lists are short
            int id = registry.of(c.getClass()).id();
            int at = n;
            while (at > 0 && ids[at - 1] > id) at--;
            if (at > 0 && ids[at - 1] == id) {
                values[at - 1] = c;
                continue;
            }
            System.arraycopy(ids, at, ids, at + 1, n - at);
            System.arraycopy(values, at, values, at + 1, n - at);
            ids[at] = id;
            values[at] = c;
            n++;
        }
        Archetype a = storage.archetypeFor(n == ids.length ? ids : Arrays.copyOf(ids, n));
        int row = storage.insert(e.index(), a, tick);
        for (int i = 0; i < n; i++) {
            Column col = a.column(ids[i]);
            col.put(row, values[i]);
            col.markAdded(row, tick);
        }
    }

    /** Despawns an entity and, recursively, its children; it is detached from its parent first. */
    public void despawn(Entity e) {
        requireAlive(e);
        checkStructural("despawn");
        find(e, Parent.class).ifPresent(p -> detachChild(p.entity(), e));
        despawnTree(e);
    }

    private void despawnTree(Entity e) {
        find(e, Children.class).ifPresent(ch -> ch.entities().forEach(c -> {
            if (isAlive(c)) despawnTree(c);
        }));
        storage.removals().add(e.index(), e.generation(), RemovalLog.DESPAWN, tick);
        storage.remove(e.index());
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
        EntityAllocator alloc = storage.entities();
        List<Entity> out = new ArrayList<>(alloc.alive());
        for (int i = 0; i < alloc.highWater(); i++) {
            if (alloc.archetypeOf(i) >= 0) out.add(alloc.entityAt(i));
        }
        return out;
    }

    // ---- components ----

    public <T extends Record> T get(Entity e, Class<T> type) {
        return find(e, type)
                .orElseThrow(
                        () -> new MissingComponentException(e, registry.of(type).name(), presentNames(e)));
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
        Archetype to = storage.withAdded(a, ct.id());
        int row = storage.move(e.index(), to);
        Column target = to.column(ct.id());
        target.put(row, component);
        target.markAdded(row, tick);
    }

    /**
     * Reads the position of {@code e}'s {@link Transform} into {@code out[0..2]} without building the record (the hot
     * read of scripts and systems that move things). Returns false, leaving {@code out} alone, when {@code e} has no
     * Transform; throws {@link StaleEntityException} when {@code e} is not alive, like {@link #get}.
     */
    public boolean readTransformPosition(Entity e, float[] out) {
        requireAlive(e);
        Column col = archetypeOf(e).column(transformId());
        if (col == null) return false;
        int row = rowOf(e);
        if (col instanceof PackedColumn p) {
            float[][] f = p.floats;
            out[0] = f[positionSlot][row];
            out[1] = f[positionSlot + 1][row];
            out[2] = f[positionSlot + 2][row];
        } else {
            Vec3 v = ((Transform) col.get(row)).position();
            out[0] = v.x();
            out[1] = v.y();
            out[2] = v.z();
        }
        return true;
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
        Column col = archetypeOf(e).column(transformId());
        if (col == null) return false;
        int row = rowOf(e);
        if (col instanceof PackedColumn p) {
            float[][] f = p.floats;
            f[positionSlot][row] = x;
            f[positionSlot + 1][row] = y;
            f[positionSlot + 2][row] = z;
        } else {
            col.put(row, ((Transform) col.get(row)).withPosition(new Vec3(x, y, z)));
        }
        col.markChanged(row, tick);
        return true;
    }

    /** Transform's component id in this world's registry, looked up once (the position methods are per-entity hot). */
    private int transformId() {
        int id = transformId;
        if (id < 0) {
            ComponentType<Transform> ct = registry.of(Transform.class);
            positionSlot = ct.isPacked() ? ct.layout().leaf("position.x").slot() : -1;
            transformId = id = ct.id();
        }
        return id;
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
        storage.move(e.index(), storage.withRemoved(a, ct.id()));
        storage.removals().add(e.index(), e.generation(), ct.id(), tick);
        return old;
    }

    /** All components of an entity, in component-id order. */
    public List<Record> components(Entity e) {
        requireAlive(e);
        Archetype a = archetypeOf(e);
        int row = rowOf(e);
        List<Record> out = new ArrayList<>(a.typeIds().length);
        for (int i = 0; i < a.typeIds().length; i++) {
            out.add((Record) a.columnAt(i).get(row));
        }
        return out;
    }

    /** The tick at which the entity's component of this type last changed, or -1 if it has none. */
    public long changedTick(Entity e, Class<? extends Record> type) {
        requireAlive(e);
        Column col = archetypeOf(e).column(registry.of(type).id());
        return col == null ? -1 : col.changedTick(rowOf(e));
    }

    private String presentNames(Entity e) {
        return Arrays.stream(archetypeOf(e).typeIds())
                .mapToObj(id -> registry.byId(id).name())
                .sorted()
                .collect(Collectors.joining(", "));
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
        requireAlive(child);
        if (parent != null) {
            requireAlive(parent);
            for (Entity p = parent;
                    p != null;
                    p = find(p, Parent.class).map(Parent::entity).orElse(null)) {
                if (p.equals(child)) {
                    throw new HierarchyException("cannot attach " + child + " to " + parent + ": that makes a cycle");
                }
            }
        }
        find(child, Parent.class).ifPresent(old -> detachChild(old.entity(), child));
        if (parent == null) {
            remove(child, Parent.class);
            return;
        }
        set(child, new Parent(parent));
        set(parent, find(parent, Children.class).orElse(new Children(List.of())).with(child));
    }

    private void detachChild(Entity parent, Entity child) {
        if (!isAlive(parent)) return;
        find(parent, Children.class).ifPresent(ch -> {
            Children rest = ch.without(child);
            if (rest.entities().isEmpty()) remove(parent, Children.class);
            else set(parent, rest);
        });
    }

    // ---- resources ----

    public <R> void insertResource(R resource) {
        resources.put(resource.getClass(), resource);
    }

    public <R> void insertResource(Class<? super R> key, R resource) {
        resources.put(key, resource);
    }

    public <R> R resource(Class<R> type) {
        Object r = resources.get(type);
        if (r == null) throw new MissingResourceException(type);
        return type.cast(r);
    }

    public <R> Optional<R> findResource(Class<R> type) {
        return Optional.ofNullable(type.cast(resources.get(type)));
    }

    public <R> R resourceOrInsert(Class<R> type, Supplier<? extends R> create) {
        return type.cast(resources.computeIfAbsent(type, k -> create.get()));
    }

    public <R> R removeResource(Class<R> type) {
        return type.cast(resources.remove(type));
    }

    /** The event buffer for one event type, created on first use. */
    @SuppressWarnings("unchecked")
    public <E> Events<E> events(Class<E> type) {
        return (Events<E>) resources.computeIfAbsent(new EventKey(type), k -> new Events<E>());
    }

    /** Ages every event buffer; called once per frame. */
    public void updateEvents() {
        for (Object r : resources.values()) {
            if (r instanceof Events<?> ev) ev.update();
        }
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
        return new WorldSnapshot(registry, registry.size(), storage.copy(), copyResources(resources), tick);
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
        resources = copyResources(snapshot.resources());
        tick = Math.max(tick, snapshot.tick()) + 1;
        resyncTick = tick;
        epoch++;
        commands.clear();
    }

    /** An independent copy of this world: what the verifier runs untrusted code against. */
    public World fork() {
        World w = new World(registry.copy(), storage);
        w.resources = copyResources(resources);
        w.tick = tick;
        return w;
    }

    static Map<Object, Object> copyResources(Map<Object, Object> source) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, v instanceof Snapshottable<?> s ? s.copy() : v));
        return copy;
    }

    /** A new world holding a snapshot's state, with a copy of the registry it was taken with. */
    static World fromSnapshot(WorldSnapshot snapshot) {
        World w = new World(snapshot.registry().copy(), snapshot.storage());
        w.resources = copyResources(snapshot.resources());
        w.tick = snapshot.tick();
        return w;
    }

    Storage storage() {
        return storage;
    }

    Map<Object, Object> resources() {
        return resources;
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

    /** Keys event buffers in the resource map apart from a resource of the event's own class. */
    private record EventKey(Class<?> type) {}
}
