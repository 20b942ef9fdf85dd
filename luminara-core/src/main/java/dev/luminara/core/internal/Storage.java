package dev.luminara.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Archetype tables plus the entity allocator: the structural half of a world. It moves rows and keeps entity
 * locations right; validation, ticks and the public API live in {@code World}.
 */
public final class Storage {
    private final EntityAllocator entities;
    private final List<Archetype> archetypes;
    private final Map<Key, Archetype> byKey;
    private final IntFunction<Column> columnFactory;
    private RemovalLog removals;
    private long[] spawnTick;

    public Storage(IntFunction<Column> columnFactory) {
        this.columnFactory = columnFactory;
        this.entities = new EntityAllocator();
        this.archetypes = new ArrayList<>();
        this.byKey = new HashMap<>();
        this.removals = new RemovalLog(1 << 16);
        this.spawnTick = new long[64];
        archetypeFor(new int[0]);
    }

    private Storage(Storage source, IntFunction<Column> columnFactory) {
        this.columnFactory = columnFactory;
        this.entities = source.entities.copy();
        this.archetypes = new ArrayList<>(source.archetypes.size());
        this.byKey = new HashMap<>();
        for (Archetype a : source.archetypes) {
            Archetype copy = a.copy();
            archetypes.add(copy);
            byKey.put(new Key(copy.typeIds()), copy);
        }
        this.removals = source.removals.copy();
        this.spawnTick = Arrays.copyOf(source.spawnTick, Math.max(source.entities.highWater(), 1));
    }

    public Storage copy() {
        return new Storage(this, columnFactory);
    }

    /** A copy whose new archetypes get columns from {@code columnFactory} (a forked world's own registry). */
    public Storage copy(IntFunction<Column> columnFactory) {
        return new Storage(this, columnFactory);
    }

    /**
     * Makes this storage hold {@code source}'s state (a snapshot). When this storage's archetypes are laid out as the
     * source's (same ids for the same type sets: always so for snapshots of this world), column arrays are reused and
     * only the rows are copied; archetypes created after the snapshot are kept, emptied. Otherwise everything is
     * copied afresh, as {@link #copy} does.
     */
    public void restoreFrom(Storage source) {
        entities.restoreFrom(source.entities);
        removals = source.removals.copy();
        int spawned = source.entities.highWater();
        if (spawnTick.length < Math.max(spawned, 1)) spawnTick = new long[Math.max(spawned, 1)];
        System.arraycopy(source.spawnTick, 0, spawnTick, 0, spawned);
        if (!sameLayout(source)) {
            archetypes.clear();
            byKey.clear();
            for (Archetype a : source.archetypes) {
                Archetype copy = a.copy();
                archetypes.add(copy);
                byKey.put(new Key(copy.typeIds()), copy);
            }
            return;
        }
        for (int i = 0; i < source.archetypes.size(); i++) {
            Archetype src = source.archetypes.get(i);
            if (i < archetypes.size()) {
                archetypes.get(i).restoreFrom(src);
            } else {
                Archetype copy = src.copy();
                archetypes.add(copy);
                byKey.put(new Key(copy.typeIds()), copy);
            }
        }
        for (int i = source.archetypes.size(); i < archetypes.size(); i++) {
            archetypes.get(i).clearRows();
        }
    }

    private boolean sameLayout(Storage source) {
        int common = Math.min(archetypes.size(), source.archetypes.size());
        for (int i = 0; i < common; i++) {
            if (!Arrays.equals(
                    archetypes.get(i).typeIds(), source.archetypes.get(i).typeIds())) return false;
        }
        return true;
    }

    public EntityAllocator entities() {
        return entities;
    }

    public RemovalLog removals() {
        return removals;
    }

    public List<Archetype> archetypes() {
        return Collections.unmodifiableList(archetypes);
    }

    public Archetype archetype(int id) {
        return archetypes.get(id);
    }

    public Archetype empty() {
        return archetypes.get(0);
    }

    public Archetype archetypeFor(int[] sortedTypeIds) {
        Key key = new Key(sortedTypeIds);
        Archetype a = byKey.get(key);
        if (a == null) {
            a = new Archetype(archetypes.size(), sortedTypeIds.clone(), columnFactory);
            archetypes.add(a);
            byKey.put(key, a);
        }
        return a;
    }

    public Archetype withAdded(Archetype from, int typeId) {
        Archetype to = from.addEdge(typeId);
        if (to == null) {
            int[] ids = Arrays.copyOf(from.typeIds(), from.typeIds().length + 1);
            ids[ids.length - 1] = typeId;
            Arrays.sort(ids);
            to = archetypeFor(ids);
            from.setAddEdge(typeId, to);
        }
        return to;
    }

    public Archetype withRemoved(Archetype from, int typeId) {
        Archetype to = from.removeEdge(typeId);
        if (to == null) {
            int[] ids = Arrays.stream(from.typeIds()).filter(t -> t != typeId).toArray();
            to = archetypeFor(ids);
            from.setRemoveEdge(typeId, to);
        }
        return to;
    }

    /** Places a reserved entity in a fresh row of {@code a}; the caller fills the columns. */
    public int insert(int entityIndex, Archetype a, long tick) {
        int row = a.push(entityIndex);
        entities.place(entityIndex, a.id(), row);
        if (entityIndex >= spawnTick.length) {
            spawnTick = Arrays.copyOf(spawnTick, Math.max(entityIndex + 1, spawnTick.length * 2));
        }
        spawnTick[entityIndex] = tick;
        a.noteSpawn(tick);
        return row;
    }

    /** Moves a live entity's row to {@code to}, keeping the values of shared columns; returns the new row. */
    public int move(int entityIndex, Archetype to) {
        Archetype from = archetypes.get(entities.archetypeOf(entityIndex));
        int oldRow = entities.rowOf(entityIndex);
        int newRow = to.push(entityIndex);
        to.noteSpawn(spawnTick[entityIndex]);
        from.copyRowTo(oldRow, to, newRow);
        detach(from, oldRow);
        entities.place(entityIndex, to.id(), newRow);
        return newRow;
    }

    /** Removes a live entity's row and frees its id. */
    public void remove(int entityIndex) {
        Archetype from = archetypes.get(entities.archetypeOf(entityIndex));
        detach(from, entities.rowOf(entityIndex));
        entities.free(entityIndex);
    }

    public long spawnTick(int entityIndex) {
        return spawnTick[entityIndex];
    }

    private void detach(Archetype from, int row) {
        int moved = from.swapRemove(row);
        if (moved >= 0) {
            entities.place(moved, from.id(), row);
        }
    }

    private record Key(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }
}
