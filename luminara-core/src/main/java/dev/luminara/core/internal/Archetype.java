package dev.luminara.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * All entities that have exactly one set of component types, stored as rows of aligned columns. Moving an entity to
 * another archetype (adding or removing a component) copies its row; removing a row moves the last row into the gap.
 */
public final class Archetype {
    private final int id;
    private final int[] typeIds;
    private final Column[] columns;
    private final int[] columnOfType;
    private int[] entities;
    private int size;
    /** No row's entity was spawned after this tick (an upper bound: rows that left keep it raised). */
    private long maxSpawnTick;

    final Map<Integer, Archetype> addEdges = new HashMap<>();
    final Map<Integer, Archetype> removeEdges = new HashMap<>();

    public Archetype(int id, int[] sortedTypeIds, IntFunction<Column> columnFactory) {
        this.id = id;
        this.typeIds = sortedTypeIds;
        this.columns = new Column[sortedTypeIds.length];
        int maxId = sortedTypeIds.length == 0 ? -1 : sortedTypeIds[sortedTypeIds.length - 1];
        this.columnOfType = new int[maxId + 1];
        Arrays.fill(columnOfType, -1);
        for (int i = 0; i < sortedTypeIds.length; i++) {
            columns[i] = columnFactory.apply(sortedTypeIds[i]);
            columnOfType[sortedTypeIds[i]] = i;
        }
        this.entities = new int[columns.length == 0 ? 16 : columns[0].capacity()];
    }

    private Archetype(Archetype source) {
        this.id = source.id;
        this.typeIds = source.typeIds;
        this.columnOfType = source.columnOfType;
        this.size = source.size;
        this.maxSpawnTick = source.maxSpawnTick;
        this.columns = new Column[source.columns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = source.columns[i].copy(size);
        }
        this.entities = Arrays.copyOf(source.entities, Math.max(size, 1));
    }

    /** A deep copy of the rows (values are immutable records, so this is a copy of references and primitives). */
    public Archetype copy() {
        return new Archetype(this);
    }

    /**
     * Makes this table's rows equal to {@code src}'s (the same archetype in a snapshot: same id and types), copying
     * into the existing arrays when they are long enough. Edges to other archetypes are kept: they stay valid because
     * a restore never removes an archetype.
     */
    public void restoreFrom(Archetype src) {
        int n = src.size;
        int capacity = entities.length >= n ? entities.length : n;
        if (entities.length != capacity) entities = new int[capacity];
        System.arraycopy(src.entities, 0, entities, 0, n);
        for (int i = 0; i < columns.length; i++) {
            columns[i].restoreFrom(src.columns[i], n, capacity, size);
        }
        size = n;
        maxSpawnTick = src.maxSpawnTick;
    }

    /** Empties the table (an archetype the snapshot did not have yet), keeping it and its arrays for later. */
    public void clearRows() {
        for (Column c : columns) {
            for (int row = 0; row < size; row++) c.clear(row);
        }
        size = 0;
    }

    public int id() {
        return id;
    }

    public int[] typeIds() {
        return typeIds;
    }

    public boolean has(int typeId) {
        return typeId < columnOfType.length && columnOfType[typeId] >= 0;
    }

    /** The column of a component type, or null when this archetype lacks it. */
    public Column column(int typeId) {
        return has(typeId) ? columns[columnOfType[typeId]] : null;
    }

    public Column columnAt(int i) {
        return columns[i];
    }

    /** Records that a row's entity was spawned at {@code tick} (when it is inserted or moved in). */
    public void noteSpawn(long tick) {
        if (tick > maxSpawnTick) maxSpawnTick = tick;
    }

    /**
     * Whether no row holds anything newer than {@code since}: no entity spawned and no component added or changed
     * after it, so that a change scan can skip the table without reading a row.
     */
    public boolean unchangedSince(long since) {
        if (maxSpawnTick > since) return false;
        for (Column c : columns) {
            if (c.maxTick() > since) return false;
        }
        return true;
    }

    public int size() {
        return size;
    }

    public int entityIndex(int row) {
        return entities[row];
    }

    /** Appends a row for {@code entityIndex}; the caller fills its columns. */
    public int push(int entityIndex) {
        if (size == entities.length) {
            int cap = Math.max(16, entities.length * 2);
            entities = Arrays.copyOf(entities, cap);
            for (Column c : columns) {
                c.grow(cap);
            }
        }
        entities[size] = entityIndex;
        return size++;
    }

    /**
     * Removes {@code row} by moving the last row into it.
     *
     * @return the entity index now at {@code row}, or -1 if the removed row was the last
     */
    public int swapRemove(int row) {
        int last = size - 1;
        int moved = -1;
        if (row != last) {
            for (Column c : columns) {
                c.moveLast(last, row);
            }
            entities[row] = entities[last];
            moved = entities[row];
        }
        for (Column c : columns) {
            c.clear(last);
        }
        size--;
        return moved;
    }

    /** Copies the shared columns of {@code row} into {@code dstRow} of {@code dst}. */
    public void copyRowTo(int row, Archetype dst, int dstRow) {
        for (int i = 0; i < typeIds.length; i++) {
            Column target = dst.column(typeIds[i]);
            if (target != null) {
                columns[i].copyTo(row, target, dstRow);
            }
        }
    }

    public Archetype addEdge(int typeId) {
        return addEdges.get(typeId);
    }

    public void setAddEdge(int typeId, Archetype a) {
        addEdges.put(typeId, a);
    }

    public Archetype removeEdge(int typeId) {
        return removeEdges.get(typeId);
    }

    public void setRemoveEdge(int typeId, Archetype a) {
        removeEdges.put(typeId, a);
    }
}
