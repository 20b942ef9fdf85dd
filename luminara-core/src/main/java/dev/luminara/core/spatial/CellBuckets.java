package dev.luminara.core.spatial;

import java.util.Arrays;

/**
 * The entities of each occupied cell stored contiguously: per bucket an array of x, y, z triples and one of entity
 * slots, so scanning a cell reads one or two cache lines instead of chasing a list. Removal moves the bucket's last
 * entry into the hole (the caller learns which slot moved). Emptied buckets are recycled.
 */
final class CellBuckets {
    static final int NONE = -1;

    private float[][] coords = new float[16][];
    private int[][] slots = new int[16][];
    private int[] counts = new int[16];
    private int top;
    private int[] free = new int[16];
    private int freeCount;

    CellBuckets copy() {
        CellBuckets c = new CellBuckets();
        c.coords = new float[coords.length][];
        c.slots = new int[slots.length][];
        for (int b = 0; b < top; b++) {
            if (coords[b] != null) {
                c.coords[b] = coords[b].clone();
                c.slots[b] = slots[b].clone();
            }
        }
        c.counts = counts.clone();
        c.top = top;
        c.free = free.clone();
        c.freeCount = freeCount;
        return c;
    }

    /** Buckets ever handed out; the ones in use are among {@code [0, top)} with a non-zero count. */
    int top() {
        return top;
    }

    int allocate() {
        if (freeCount > 0) return free[--freeCount];
        if (top == counts.length) {
            int cap = top * 2;
            coords = Arrays.copyOf(coords, cap);
            slots = Arrays.copyOf(slots, cap);
            counts = Arrays.copyOf(counts, cap);
        }
        coords[top] = new float[12];
        slots[top] = new int[4];
        return top++;
    }

    void release(int b) {
        counts[b] = 0;
        if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
        free[freeCount++] = b;
    }

    /** Appends an entry and returns its offset in the bucket. */
    int add(int b, int slot, float x, float y, float z) {
        int n = counts[b];
        if (n == slots[b].length) {
            slots[b] = Arrays.copyOf(slots[b], n * 2);
            coords[b] = Arrays.copyOf(coords[b], n * 6);
        }
        slots[b][n] = slot;
        set(b, n, x, y, z);
        counts[b] = n + 1;
        return n;
    }

    /** Removes the entry at {@code offset}; returns the slot whose entry moved into it, or {@link #NONE}. */
    int removeAt(int b, int offset) {
        int last = --counts[b];
        if (offset == last) return NONE;
        int moved = slots[b][last];
        slots[b][offset] = moved;
        System.arraycopy(coords[b], 3 * last, coords[b], 3 * offset, 3);
        return moved;
    }

    void set(int b, int offset, float x, float y, float z) {
        float[] c = coords[b];
        c[3 * offset] = x;
        c[3 * offset + 1] = y;
        c[3 * offset + 2] = z;
    }

    int count(int b) {
        return counts[b];
    }

    /** The bucket's x, y, z triples; entries past {@link #count} are garbage. */
    float[] coords(int b) {
        return coords[b];
    }

    int[] slots(int b) {
        return slots[b];
    }
}
