package dev.luminara.core.internal;

import java.util.Arrays;

/**
 * Values decomposed into one primitive array per leaf (structure of arrays), so that systems can stream over, say,
 * all x positions without touching an object. Arrays are public for bulk systems; rows past the archetype size are
 * garbage.
 */
public final class PackedColumn extends Column {
    public float[][] floats;
    public double[][] doubles;
    public int[][] ints;
    public long[][] longs;
    public boolean[][] booleans;
    private final PackedCodec<Object> codec;
    private final RecordLayout layout;

    @SuppressWarnings("unchecked")
    PackedColumn(RecordLayout layout, PackedCodec<?> codec, int capacity) {
        super(capacity);
        this.layout = layout;
        this.codec = (PackedCodec<Object>) codec;
        floats = new float[layout.count(LeafKind.FLOAT)][capacity];
        doubles = new double[layout.count(LeafKind.DOUBLE)][capacity];
        ints = new int[layout.count(LeafKind.INT)][capacity];
        longs = new long[layout.count(LeafKind.LONG)][capacity];
        booleans = new boolean[layout.count(LeafKind.BOOLEAN)][capacity];
    }

    private PackedColumn(PackedColumn source, int size) {
        super(source, size);
        this.layout = source.layout;
        this.codec = source.codec;
        int n = Math.max(size, 1);
        floats = new float[source.floats.length][];
        for (int i = 0; i < floats.length; i++) floats[i] = Arrays.copyOf(source.floats[i], n);
        doubles = new double[source.doubles.length][];
        for (int i = 0; i < doubles.length; i++) doubles[i] = Arrays.copyOf(source.doubles[i], n);
        ints = new int[source.ints.length][];
        for (int i = 0; i < ints.length; i++) ints[i] = Arrays.copyOf(source.ints[i], n);
        longs = new long[source.longs.length][];
        for (int i = 0; i < longs.length; i++) longs[i] = Arrays.copyOf(source.longs[i], n);
        booleans = new boolean[source.booleans.length][];
        for (int i = 0; i < booleans.length; i++) booleans[i] = Arrays.copyOf(source.booleans[i], n);
    }

    public RecordLayout layout() {
        return layout;
    }

    @Override
    public Object get(int row) {
        return codec.read(this, row);
    }

    @Override
    public void put(int row, Object value) {
        codec.write(value, this, row);
    }

    @Override
    void growValues(int capacity) {
        for (int i = 0; i < floats.length; i++) floats[i] = Arrays.copyOf(floats[i], capacity);
        for (int i = 0; i < doubles.length; i++) doubles[i] = Arrays.copyOf(doubles[i], capacity);
        for (int i = 0; i < ints.length; i++) ints[i] = Arrays.copyOf(ints[i], capacity);
        for (int i = 0; i < longs.length; i++) longs[i] = Arrays.copyOf(longs[i], capacity);
        for (int i = 0; i < booleans.length; i++) booleans[i] = Arrays.copyOf(booleans[i], capacity);
    }

    @Override
    void moveValue(int from, int to) {
        for (float[] a : floats) a[to] = a[from];
        for (double[] a : doubles) a[to] = a[from];
        for (int[] a : ints) a[to] = a[from];
        for (long[] a : longs) a[to] = a[from];
        for (boolean[] a : booleans) a[to] = a[from];
    }

    @Override
    void copyValueTo(int row, Column dst, int dstRow) {
        PackedColumn d = (PackedColumn) dst;
        for (int i = 0; i < floats.length; i++) d.floats[i][dstRow] = floats[i][row];
        for (int i = 0; i < doubles.length; i++) d.doubles[i][dstRow] = doubles[i][row];
        for (int i = 0; i < ints.length; i++) d.ints[i][dstRow] = ints[i][row];
        for (int i = 0; i < longs.length; i++) d.longs[i][dstRow] = longs[i][row];
        for (int i = 0; i < booleans.length; i++) d.booleans[i][dstRow] = booleans[i][row];
    }

    @Override
    public Column copy(int size) {
        return new PackedColumn(this, size);
    }

    @Override
    void clear(int row) {
        // primitives hold no references
    }

    @Override
    void restoreValues(Column src, int n, int capacity, int oldSize) {
        PackedColumn s = (PackedColumn) src;
        for (int i = 0; i < floats.length; i++) {
            if (floats[i].length != capacity) floats[i] = new float[capacity];
            System.arraycopy(s.floats[i], 0, floats[i], 0, n);
        }
        for (int i = 0; i < doubles.length; i++) {
            if (doubles[i].length != capacity) doubles[i] = new double[capacity];
            System.arraycopy(s.doubles[i], 0, doubles[i], 0, n);
        }
        for (int i = 0; i < ints.length; i++) {
            if (ints[i].length != capacity) ints[i] = new int[capacity];
            System.arraycopy(s.ints[i], 0, ints[i], 0, n);
        }
        for (int i = 0; i < longs.length; i++) {
            if (longs[i].length != capacity) longs[i] = new long[capacity];
            System.arraycopy(s.longs[i], 0, longs[i], 0, n);
        }
        for (int i = 0; i < booleans.length; i++) {
            if (booleans[i].length != capacity) booleans[i] = new boolean[capacity];
            System.arraycopy(s.booleans[i], 0, booleans[i], 0, n);
        }
    }
}
