package dev.luminara.core.internal;

import java.util.Arrays;

/** A growable array of longs: packed keys that are sorted as primitives instead of boxed and compared. */
public final class LongList {
    private long[] values;
    private int size;

    public LongList() {
        this(16);
    }

    public LongList(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

    public void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    public long get(int i) {
        if (i >= size) throw new IndexOutOfBoundsException(i + " >= " + size);
        return values[i];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public void sort() {
        Arrays.sort(values, 0, size);
    }
}
