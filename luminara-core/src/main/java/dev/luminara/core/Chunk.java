package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.LeafKind;
import dev.luminara.core.internal.PackedColumn;
import dev.luminara.core.internal.RecordLayout;

/**
 * One archetype table seen by a bulk system: rows {@code [0, size())}, each an entity. For packed components the raw
 * primitive arrays are available, one per field path ({@code "position.x"}); indices past {@code size()} are garbage.
 * Asking for a writable array marks every row of this chunk changed at the current tick.
 */
public final class Chunk {
    private final World world;
    private final Archetype archetype;
    // the last type asked for: a scan reads one type row after row, and its registry lookup per row was a tenth of a
    // verification's CPU (find_by_name over 10,000 rows)
    private Class<?> lastType;
    private Column lastColumn;

    Chunk(World world, Archetype archetype) {
        this.world = world;
        this.archetype = archetype;
    }

    public int size() {
        return archetype.size();
    }

    public Entity entity(int row) {
        return world.storage().entities().entityAt(archetype.entityIndex(row));
    }

    public <T extends Record> T get(int row, Class<T> type) {
        return type.cast(column(type).get(row));
    }

    /** Replaces the row's component of this type (it must be one the chunk's entities have). */
    public <T extends Record> void set(int row, T value) {
        Column col = column(value.getClass());
        col.put(row, value);
        col.markChanged(row, world.tick());
    }

    public boolean has(Class<? extends Record> type) {
        return archetype.has(world.components().of(type).id());
    }

    public long changedTick(int row, Class<? extends Record> type) {
        return column(type).changedTick(row);
    }

    public long addedTick(int row, Class<? extends Record> type) {
        return column(type).addedTick(row);
    }

    /** Marks one row's component changed now, after writing it through a raw array. */
    public void markChanged(int row, Class<? extends Record> type) {
        column(type).markChanged(row, world.tick());
    }

    public float[] floats(Class<? extends Record> type, String path) {
        return packed(type).floats[leaf(type, path, LeafKind.FLOAT).slot()];
    }

    public float[] writableFloats(Class<? extends Record> type, String path) {
        float[] a = floats(type, path);
        markAllChanged(type);
        return a;
    }

    public double[] doubles(Class<? extends Record> type, String path) {
        return packed(type).doubles[leaf(type, path, LeafKind.DOUBLE).slot()];
    }

    public double[] writableDoubles(Class<? extends Record> type, String path) {
        double[] a = doubles(type, path);
        markAllChanged(type);
        return a;
    }

    public int[] ints(Class<? extends Record> type, String path) {
        return packed(type).ints[leaf(type, path, LeafKind.INT).slot()];
    }

    public int[] writableInts(Class<? extends Record> type, String path) {
        int[] a = ints(type, path);
        markAllChanged(type);
        return a;
    }

    private void markAllChanged(Class<? extends Record> type) {
        column(type).markAllChanged(size(), world.tick());
    }

    private Column column(Class<?> type) {
        if (type == lastType) return lastColumn;
        @SuppressWarnings("unchecked")
        ComponentType<?> ct = world.components().of((Class<? extends Record>) type);
        Column col = archetype.column(ct.id());
        if (col == null) {
            throw new IllegalArgumentException("this chunk's entities have no " + ct.name());
        }
        lastType = type;
        lastColumn = col;
        return col;
    }

    private PackedColumn packed(Class<? extends Record> type) {
        if (column(type) instanceof PackedColumn p) {
            return p;
        }
        throw new IllegalArgumentException(world.components().of(type).name()
                + " is not stored packed; mark it @ComponentInfo(packed = true) for raw column access");
    }

    private RecordLayout.Leaf leaf(Class<? extends Record> type, String path, LeafKind kind) {
        RecordLayout.Leaf leaf = packed(type).layout().leaf(path);
        if (leaf == null || leaf.kind().storage() != kind.storage()) {
            throw new IllegalArgumentException(world.components().of(type).name() + " has no "
                    + kind.name().toLowerCase() + " field '" + path + "'");
        }
        return leaf;
    }
}
