package dev.luminara.core.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.internal.CellTable;
import dev.luminara.core.internal.LongList;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Entity positions in a uniform hash grid. Only occupied cells exist: a {@link CellTable} maps each to a bucket of
 * {@link CellBuckets} holding its entities' positions contiguously. Each entity slot (entity index) records its
 * generation and where its entry is, so a move within a cell is a write and a move across cells a removal and an
 * append, both O(1). The bounds of occupied cells are kept conservatively so that searches never walk empty space
 * outside them. A slot whose position is not finite is tracked but placed in no cell.
 */
final class PointGrid {
    static final int NONE = -1;
    private static final long UNPLACED = Long.MIN_VALUE;

    private int[] generation = new int[0];
    private byte[] source = new byte[0];
    private int[] seen = new int[0];
    private long[] cellOf = new long[0];
    private int[] bucketOf = new int[0];
    private int[] offsetOf = new int[0];
    private final CellTable cells;
    private final CellBuckets buckets;
    private int tracked;
    private int placed;
    private final double cellSize;
    private final double inverse;
    private int loX, loY, loZ, hiX, hiY, hiZ;

    PointGrid(double cellSize, int expected) {
        this.cellSize = cellSize;
        this.inverse = 1.0 / cellSize;
        this.cells = new CellTable(Math.max(16, expected / 2));
        this.buckets = new CellBuckets();
        resetBounds();
        ensure(expected);
    }

    private PointGrid(PointGrid s) {
        generation = s.generation.clone();
        source = s.source.clone();
        seen = s.seen.clone();
        cellOf = s.cellOf.clone();
        bucketOf = s.bucketOf.clone();
        offsetOf = s.offsetOf.clone();
        cells = s.cells.copy();
        buckets = s.buckets.copy();
        tracked = s.tracked;
        placed = s.placed;
        cellSize = s.cellSize;
        inverse = s.inverse;
        loX = s.loX;
        loY = s.loY;
        loZ = s.loZ;
        hiX = s.hiX;
        hiY = s.hiY;
        hiZ = s.hiZ;
    }

    PointGrid copy() {
        return new PointGrid(this);
    }

    double cellSize() {
        return cellSize;
    }

    /** Entities tracked, including those whose position is not finite. */
    int tracked() {
        return tracked;
    }

    /** Entities with a finite position, the ones queries can return. */
    int placed() {
        return placed;
    }

    /** Mean entities per occupied cell. */
    double occupancy() {
        return cells.size() == 0 ? 0 : (double) placed / cells.size();
    }

    int generationAt(int index) {
        return index < generation.length ? generation[index] : NONE;
    }

    byte sourceAt(int index) {
        return source[index];
    }

    boolean isPlaced(int index) {
        return generationAt(index) != NONE && cellOf[index] != UNPLACED;
    }

    /** The coordinate {@code axis} (0, 1, 2) of a placed slot. */
    float coordinate(int index, int axis) {
        return buckets.coords(bucketOf[index])[3 * offsetOf[index] + axis];
    }

    Entity entity(int index) {
        return new Entity(index, generation[index]);
    }

    /** Adds or moves an entity; an entity of another generation in the same slot is replaced. */
    void put(int index, int gen, float x, float y, float z, byte from) {
        ensure(index + 1);
        if (generation[index] != NONE && generation[index] != gen) {
            remove(index);
        }
        if (generation[index] == NONE) {
            generation[index] = gen;
            tracked++;
            cellOf[index] = UNPLACED;
        }
        source[index] = from;
        long key = keyOf(x, y, z);
        if (key != UNPLACED && key == cellOf[index]) {
            buckets.set(bucketOf[index], offsetOf[index], x, y, z);
            return;
        }
        if (cellOf[index] != UNPLACED) detach(index);
        if (key != UNPLACED) attach(index, key, x, y, z);
    }

    void remove(int index) {
        if (generationAt(index) == NONE) return;
        if (cellOf[index] != UNPLACED) detach(index);
        generation[index] = NONE;
        tracked--;
    }

    void markSeen(int index, int stamp) {
        seen[index] = stamp;
    }

    /** Removes every tracked slot not marked with {@code stamp}. */
    void removeUnseen(int stamp) {
        for (int i = 0; i < generation.length; i++) {
            if (generation[i] != NONE && seen[i] != stamp) remove(i);
        }
    }

    private long keyOf(float x, float y, float z) {
        if (!(Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z))) return UNPLACED;
        return CellTable.key(cell(x), cell(y), cell(z));
    }

    /** Monotonic in {@code v}, so the cells of a box's corners span every point inside it. */
    int cell(double v) {
        return CellTable.coordinate(v, inverse);
    }

    private void attach(int index, long key, float x, float y, float z) {
        int b = cells.get(key);
        if (b == CellTable.ABSENT) {
            b = buckets.allocate();
            cells.put(key, b);
        }
        bucketOf[index] = b;
        offsetOf[index] = buckets.add(b, index, x, y, z);
        cellOf[index] = key;
        placed++;
        int cx = cell(x), cy = cell(y), cz = cell(z);
        loX = Math.min(loX, cx);
        loY = Math.min(loY, cy);
        loZ = Math.min(loZ, cz);
        hiX = Math.max(hiX, cx);
        hiY = Math.max(hiY, cy);
        hiZ = Math.max(hiZ, cz);
    }

    private void detach(int index) {
        int b = bucketOf[index];
        int moved = buckets.removeAt(b, offsetOf[index]);
        if (moved != CellBuckets.NONE) offsetOf[moved] = offsetOf[index];
        if (buckets.count(b) == 0) {
            cells.remove(cellOf[index]);
            buckets.release(b);
        }
        cellOf[index] = UNPLACED;
        bucketOf[index] = NONE;
        if (--placed == 0) resetBounds();
    }

    private void resetBounds() {
        loX = loY = loZ = Integer.MAX_VALUE;
        hiX = hiY = hiZ = Integer.MIN_VALUE;
    }

    private void ensure(int n) {
        if (n <= generation.length) return;
        int cap = Math.max(n, Math.max(16, generation.length * 2));
        int old = generation.length;
        generation = Arrays.copyOf(generation, cap);
        Arrays.fill(generation, old, cap, NONE);
        source = Arrays.copyOf(source, cap);
        seen = Arrays.copyOf(seen, cap);
        cellOf = Arrays.copyOf(cellOf, cap);
        bucketOf = Arrays.copyOf(bucketOf, cap);
        offsetOf = Arrays.copyOf(offsetOf, cap);
    }

    // ---- what searches read ----

    int loX() {
        return loX;
    }

    int loY() {
        return loY;
    }

    int loZ() {
        return loZ;
    }

    int hiX() {
        return hiX;
    }

    int hiY() {
        return hiY;
    }

    int hiZ() {
        return hiZ;
    }

    /** The bucket of cell (x, y, z), or {@link CellTable#ABSENT} when the cell is empty. */
    int bucketAt(int x, int y, int z) {
        return cells.get(CellTable.key(x, y, z));
    }

    CellBuckets buckets() {
        return buckets;
    }

    // ---- queries ----

    /** The {@code best.capacity()} nearest placed entities accepted by {@code filter}. */
    void nearest(float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        if (placed == 0) return;
        if (!new RingSearch(this, px, py, pz, filter, best).run()) {
            best.clear();
            for (int b = 0; b < buckets.top(); b++) RingSearch.offerBucket(this, b, px, py, pz, filter, best);
        }
    }

    /** Placed entities within {@code radius}, as packed (distance, index) keys in {@code out}, unsorted. */
    void withinRadius(float px, float py, float pz, float radius, LongList out) {
        double reach = radius * (1 + 1e-5) + cellSize * 1e-4;
        forCandidates(px - reach, py - reach, pz - reach, px + reach, py + reach, pz + reach, (i, x, y, z) -> {
            float d = distance(px, py, pz, x, y, z);
            if (d <= radius) out.add(HitKey.pack(d, i));
        });
    }

    /** Indices of placed entities with {@code min <= position <= max} on every axis, unsorted. */
    void inBox(float minX, float minY, float minZ, float maxX, float maxY, float maxZ, LongList out) {
        forCandidates(minX, minY, minZ, maxX, maxY, maxZ, (i, x, y, z) -> {
            if (x >= minX && x <= maxX && y >= minY && y <= maxY && z >= minZ && z <= maxZ) out.add(i);
        });
    }

    /** The same float arithmetic as {@code Vec3.distance}, so that results agree exactly with a brute-force scan. */
    static float distance(float px, float py, float pz, float x, float y, float z) {
        float dx = px - x, dy = py - y, dz = pz - z;
        return (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Every entry in the cells overlapping a box, or every entry when that is fewer than the cells. */
    private void forCandidates(
            double minX, double minY, double minZ, double maxX, double maxY, double maxZ, EntryVisitor visitor) {
        if (placed == 0) return;
        int x0 = Math.max(cell(minX), loX), x1 = Math.min(cell(maxX), hiX);
        int y0 = Math.max(cell(minY), loY), y1 = Math.min(cell(maxY), hiY);
        int z0 = Math.max(cell(minZ), loZ), z1 = Math.min(cell(maxZ), hiZ);
        if (x0 > x1 || y0 > y1 || z0 > z1) return;
        long span = (long) (x1 - x0 + 1) * (y1 - y0 + 1) * (z1 - z0 + 1);
        if (span > placed) {
            for (int b = 0; b < buckets.top(); b++) visitBucket(b, visitor);
            return;
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                for (int z = z0; z <= z1; z++) {
                    int b = bucketAt(x, y, z);
                    if (b != CellTable.ABSENT) visitBucket(b, visitor);
                }
            }
        }
    }

    private void visitBucket(int b, EntryVisitor visitor) {
        float[] c = buckets.coords(b);
        int[] s = buckets.slots(b);
        for (int o = 0, n = buckets.count(b); o < n; o++) {
            visitor.visit(s[o], c[3 * o], c[3 * o + 1], c[3 * o + 2]);
        }
    }

    @FunctionalInterface
    private interface EntryVisitor {
        void visit(int index, float x, float y, float z);
    }
}
