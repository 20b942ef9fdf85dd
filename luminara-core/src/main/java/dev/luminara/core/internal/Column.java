package dev.luminara.core.internal;

import java.util.Arrays;

/**
 * One component type's values for the rows of an archetype, plus per-row change ticks. Values are immutable records,
 * so copying a column for a snapshot copies references or primitives, never the records themselves.
 */
public abstract sealed class Column permits ObjectColumn, PackedColumn {
    long[] addedTicks;
    long[] changedTicks;

    Column(int capacity) {
        addedTicks = new long[capacity];
        changedTicks = new long[capacity];
    }

    Column(Column source, int size) {
        addedTicks = Arrays.copyOf(source.addedTicks, Math.max(size, 1));
        changedTicks = Arrays.copyOf(source.changedTicks, Math.max(size, 1));
    }

    public abstract Object get(int row);

    /** Stores a value without touching ticks. */
    public abstract void put(int row, Object value);

    abstract void growValues(int capacity);

    /** Moves the value and ticks of row {@code from} into row {@code to} of this column. */
    abstract void moveValue(int from, int to);

    /** Copies the value of {@code row} into {@code dstRow} of {@code dst}, a column of the same type. */
    abstract void copyValueTo(int row, Column dst, int dstRow);

    /** A copy holding rows {@code [0, size)}, for snapshots. */
    public abstract Column copy(int size);

    /** Drops the reference held by a vacated row so that the garbage collector can reclaim it. */
    abstract void clear(int row);

    /**
     * Copies values of rows {@code [0, n)} from {@code src} (same type) into this column's arrays, reallocating them
     * only if their length is not {@code capacity}; rows {@code [n, oldSize)} are cleared.
     */
    abstract void restoreValues(Column src, int n, int capacity, int oldSize);

    /** Makes rows {@code [0, n)} equal to {@code src}'s, reusing this column's arrays when they are long enough. */
    final void restoreFrom(Column src, int n, int capacity, int oldSize) {
        if (addedTicks.length != capacity) {
            addedTicks = new long[capacity];
            changedTicks = new long[capacity];
        }
        System.arraycopy(src.addedTicks, 0, addedTicks, 0, n);
        System.arraycopy(src.changedTicks, 0, changedTicks, 0, n);
        restoreValues(src, n, capacity, oldSize);
    }

    public final int capacity() {
        return addedTicks.length;
    }

    final void grow(int capacity) {
        addedTicks = Arrays.copyOf(addedTicks, capacity);
        changedTicks = Arrays.copyOf(changedTicks, capacity);
        growValues(capacity);
    }

    final void move(int from, int to) {
        moveValue(from, to);
        addedTicks[to] = addedTicks[from];
        changedTicks[to] = changedTicks[from];
    }

    final void copyTo(int row, Column dst, int dstRow) {
        copyValueTo(row, dst, dstRow);
        dst.addedTicks[dstRow] = addedTicks[row];
        dst.changedTicks[dstRow] = changedTicks[row];
    }

    public final long addedTick(int row) {
        return addedTicks[row];
    }

    public final long changedTick(int row) {
        return changedTicks[row];
    }

    public final void markAdded(int row, long tick) {
        addedTicks[row] = tick;
        changedTicks[row] = tick;
    }

    public final void markChanged(int row, long tick) {
        changedTicks[row] = tick;
    }

    /** Marks rows {@code [0, size)} changed: bulk writers through raw arrays call this once. */
    public final void markAllChanged(int size, long tick) {
        Arrays.fill(changedTicks, 0, size, tick);
    }
}
