package dev.luminara.core.internal;

import java.util.Arrays;

/**
 * A hash map from a grid cell (three integer coordinates packed into a long) to an int, with open addressing and
 * backward-shift deletion so that cells emptied by moving entities leave no tombstones behind. The spatial index keeps
 * the head of each cell's entity list here; the physics broadphase keeps the head of each cell's collider list.
 */
public final class CellTable {
    /** Returned by {@link #get} for a cell that holds nothing. */
    public static final int ABSENT = -1;

    /** Cell coordinates are clamped to this magnitude so that three fit in one long (21 bits each). */
    public static final int COORDINATE_LIMIT = (1 << 20) - 1;

    private static final long EMPTY = -1L;
    private static final int BIAS = 1 << 20;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public CellTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    private CellTable(CellTable source) {
        keys = source.keys.clone();
        values = source.values.clone();
        size = source.size;
        mask = source.mask;
    }

    public CellTable copy() {
        return new CellTable(this);
    }

    /** The cell coordinate of {@code v} for cells of size {@code 1 / inverseCellSize}, clamped to the packable range. */
    public static int coordinate(double v, double inverseCellSize) {
        double c = Math.floor(v * inverseCellSize);
        if (c >= COORDINATE_LIMIT) return COORDINATE_LIMIT;
        if (c <= -COORDINATE_LIMIT) return -COORDINATE_LIMIT;
        return (int) c;
    }

    /** Packs clamped cell coordinates into a non-negative key. */
    public static long key(int cx, int cy, int cz) {
        return ((long) (cx + BIAS) << 42) | ((long) (cy + BIAS) << 21) | (cz + BIAS);
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return ABSENT;
        }
    }

    public void put(long key, int value) {
        int i = slot(key);
        for (; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) grow();
    }

    public void remove(long key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == EMPTY) return;
            i = (i + 1) & mask;
        }
        // shift later members of the probe run back so that lookups never stop early at a hole
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean homeBetween = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!homeBetween) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = EMPTY;
        size--;
    }

    public void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private int slot(long key) {
        long h = key; // murmur3's 64-bit finaliser: every coordinate bit reaches the low bits used here
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) put(oldKeys[i], oldValues[i]);
        }
    }
}
