package dev.luminara.core.internal;

import java.util.Arrays;

/** Values held as references to immutable records. */
public final class ObjectColumn extends Column {
    private Object[] values;

    ObjectColumn(int capacity) {
        super(capacity);
        values = new Object[capacity];
    }

    private ObjectColumn(ObjectColumn source, int size) {
        super(source, size);
        values = Arrays.copyOf(source.values, Math.max(size, 1));
    }

    @Override
    public Object get(int row) {
        return values[row];
    }

    @Override
    public void put(int row, Object value) {
        values[row] = value;
    }

    @Override
    void growValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    @Override
    void moveValue(int from, int to) {
        values[to] = values[from];
    }

    @Override
    void copyValueTo(int row, Column dst, int dstRow) {
        ((ObjectColumn) dst).values[dstRow] = values[row];
    }

    @Override
    public Column copy(int size) {
        return new ObjectColumn(this, size);
    }

    @Override
    void clear(int row) {
        values[row] = null;
    }

    @Override
    void restoreValues(Column src, int n, int capacity, int oldSize) {
        if (values.length != capacity) {
            values = new Object[capacity];
        } else if (oldSize > n) {
            java.util.Arrays.fill(values, n, oldSize, null);
        }
        System.arraycopy(((ObjectColumn) src).values, 0, values, 0, n);
    }
}
