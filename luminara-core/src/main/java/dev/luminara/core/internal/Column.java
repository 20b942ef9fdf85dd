package dev.luminara.core.internal;

import java.util.Arrays;

/**
 * One component type's values for the rows of an archetype, plus per-row change ticks. Values are immutable records,
 * so copying a column for a snapshot copies references or primitives, never the records themselves.
 *
 * <p>Marking every row changed (what a bulk system writing raw arrays does each frame) is O(1): the column remembers
 * "rows {@code [0, bulkRows)} changed at {@code bulkTick}" and {@link #changedTick} reads through it. The mark is
 * written into the per-row array only before rows move ({@link #moveLast}, {@link #copyTo}), the one thing that would
 * make it name the wrong rows. Ticks only grow, so a per-row tick and the bulk mark combine with {@code max}.
 *
 * <p>The tick arrays are copy-on-write: a snapshot and a restore share them, and the first tick write to a column
 * afterwards (through {@link #ownTicks}) copies them. Values are copied eagerly, since raw-array writers cannot be
 * intercepted; ticks are written only here.
 */
public abstract sealed class Column permits ObjectColumn, PackedColumn {
    private long[] addedTicks;
    private long[] changedTicks;
    /** Rows the value arrays hold; the tick arrays may be longer while shared, and are made this long when owned. */
    private int capacity;
    /** Whether the tick arrays may be shared with another column, so that a tick write must copy them first. */
    private boolean ticksShared;

    private long bulkTick;
    private int bulkRows;
    /** No row's added or changed tick is above this: a change scan skips the column when it is not after its mark. */
    private long maxTick;

    Column(int capacity) {
        this.capacity = capacity;
        addedTicks = new long[capacity];
        changedTicks = new long[capacity];
    }

    Column(Column source, int size) {
        capacity = Math.max(size, 1);
        shareTicks(source);
        bulkRows = Math.min(source.bulkRows, size);
    }

    private void shareTicks(Column source) {
        addedTicks = source.addedTicks;
        changedTicks = source.changedTicks;
        ticksShared = true;
        source.ticksShared = true;
        bulkTick = source.bulkTick;
        maxTick = source.maxTick;
    }

    /** Makes the tick arrays this column's own, {@code capacity} long, before a tick is written. */
    private void ownTicks() {
        if (ticksShared || addedTicks.length < capacity) {
            addedTicks = Arrays.copyOf(addedTicks, capacity);
            changedTicks = Arrays.copyOf(changedTicks, capacity);
            ticksShared = false;
        }
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
        this.capacity = capacity;
        shareTicks(src);
        bulkRows = Math.min(src.bulkRows, n);
        restoreValues(src, n, capacity, oldSize);
    }

    public final int capacity() {
        return capacity;
    }

    final void grow(int newCapacity) {
        addedTicks = Arrays.copyOf(addedTicks, newCapacity);
        changedTicks = Arrays.copyOf(changedTicks, newCapacity);
        ticksShared = false;
        capacity = newCapacity;
        growValues(newCapacity);
    }

    /**
     * Moves the last row {@code last} into {@code row} (a swap-remove). When the two rows' ticks already read the same,
     * the tick arrays are left alone: on a fork that shares them, moving one entity out of a 10,000-row table would
     * otherwise copy both arrays whole.
     */
    final void moveLast(int last, int row) {
        moveValue(last, row);
        boolean bothInBulk = bulkRows > last;
        boolean neitherInBulk = bulkRows <= row;
        if ((bothInBulk || neitherInBulk)
                && addedTicks[row] == addedTicks[last]
                && changedTick(row) == changedTick(last)) {
            if (bothInBulk) bulkRows = last; // the vacated row must not keep the mark for a row pushed there later
            return;
        }
        settleBulk();
        ownTicks();
        addedTicks[row] = addedTicks[last];
        changedTicks[row] = changedTicks[last];
    }

    final void copyTo(int row, Column dst, int dstRow) {
        dst.settleBulk();
        dst.ownTicks();
        copyValueTo(row, dst, dstRow);
        dst.addedTicks[dstRow] = addedTicks[row];
        long changed = changedTick(row);
        dst.changedTicks[dstRow] = changed;
        if (changed > dst.maxTick) dst.maxTick = changed; // a row's added tick is never above its changed tick
    }

    /** An upper bound of every row's added and changed tick (ticks only grow, so a row moved in keeps it valid). */
    public final long maxTick() {
        return maxTick;
    }

    public final long addedTick(int row) {
        return addedTicks[row];
    }

    public final long changedTick(int row) {
        long t = changedTicks[row];
        return row < bulkRows && bulkTick > t ? bulkTick : t;
    }

    public final void markAdded(int row, long tick) {
        ownTicks();
        addedTicks[row] = tick;
        changedTicks[row] = tick;
        if (tick > maxTick) maxTick = tick;
    }

    public final void markChanged(int row, long tick) {
        ownTicks();
        changedTicks[row] = tick;
        if (tick > maxTick) maxTick = tick;
    }

    /** Marks rows {@code [0, size)} changed: bulk writers through raw arrays call this once. O(1). */
    public final void markAllChanged(int size, long tick) {
        if (bulkRows > size) settleBulk(); // the old mark covers rows the new one does not
        bulkTick = tick;
        bulkRows = size;
        if (tick > maxTick) maxTick = tick;
    }

    /** Writes the bulk mark into the per-row ticks, before rows move. */
    final void settleBulk() {
        if (bulkRows == 0) return;
        ownTicks();
        for (int row = 0; row < bulkRows; row++) {
            if (changedTicks[row] < bulkTick) changedTicks[row] = bulkTick;
        }
        bulkRows = 0;
    }
}
