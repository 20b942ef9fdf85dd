package dev.luminara.core.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.internal.CellTable;
import dev.luminara.core.internal.LongList;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Entity positions in a uniform hash grid. Each entity slot (entity index) holds its generation, position and a place
 * in a doubly linked list of the entities of its cell, so a move is an unlink and a link, O(1). Only occupied cells
 * exist (in a {@link CellTable}); the bounds of occupied cells are kept conservatively so that searches never walk
 * empty space outside them. A slot whose position is not finite is tracked but placed in no cell.
 */
final class PointGrid {
    static final int NONE = -1;
    private static final long UNPLACED = Long.MIN_VALUE;

    private int[] generation = new int[0];
    private byte[] source = new byte[0];
    private int[] seen = new int[0];
    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private float[] zs = new float[0];
    private long[] cellOf = new long[0];
    private int[] next = new int[0];
    private int[] prev = new int[0];
    private final CellTable heads;
    private int tracked;
    private int placed;
    private final double cellSize;
    private final double inverse;
    private int loX, loY, loZ, hiX, hiY, hiZ;

    PointGrid(double cellSize, int expected) {
        this.cellSize = cellSize;
        this.inverse = 1.0 / cellSize;
        this.heads = new CellTable(Math.max(16, expected / 2));
        resetBounds();
        ensure(expected);
    }

    private PointGrid(PointGrid s) {
        generation = s.generation.clone();
        source = s.source.clone();
        seen = s.seen.clone();
        xs = s.xs.clone();
        ys = s.ys.clone();
        zs = s.zs.clone();
        cellOf = s.cellOf.clone();
        next = s.next.clone();
        prev = s.prev.clone();
        heads = s.heads.copy();
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
        return heads.size() == 0 ? 0 : (double) placed / heads.size();
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

    float x(int index) {
        return xs[index];
    }

    float y(int index) {
        return ys[index];
    }

    float z(int index) {
        return zs[index];
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
        long key = keyOf(x, y, z);
        if (generation[index] == NONE) {
            generation[index] = gen;
            tracked++;
            cellOf[index] = UNPLACED;
        }
        source[index] = from;
        xs[index] = x;
        ys[index] = y;
        zs[index] = z;
        if (cellOf[index] != key) {
            if (cellOf[index] != UNPLACED) unlink(index);
            if (key != UNPLACED) link(index, key, x, y, z);
        }
    }

    void remove(int index) {
        if (generationAt(index) == NONE) return;
        if (cellOf[index] != UNPLACED) unlink(index);
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
    private int cell(double v) {
        return CellTable.coordinate(v, inverse);
    }

    private void link(int index, long key, float x, float y, float z) {
        int head = heads.get(key);
        next[index] = head;
        prev[index] = NONE;
        if (head != NONE) prev[head] = index;
        heads.put(key, index);
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

    private void unlink(int index) {
        int p = prev[index], n = next[index];
        if (p != NONE) {
            next[p] = n;
        } else if (n == NONE) {
            heads.remove(cellOf[index]);
        } else {
            heads.put(cellOf[index], n);
        }
        if (n != NONE) prev[n] = p;
        cellOf[index] = UNPLACED;
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
        xs = Arrays.copyOf(xs, cap);
        ys = Arrays.copyOf(ys, cap);
        zs = Arrays.copyOf(zs, cap);
        cellOf = Arrays.copyOf(cellOf, cap);
        next = Arrays.copyOf(next, cap);
        prev = Arrays.copyOf(prev, cap);
    }

    // ---- queries ----

    /** The {@code best.capacity()} nearest placed entities accepted by {@code filter}. */
    void nearest(float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        if (placed == 0) return;
        if (!ringSearch(px, py, pz, filter, best)) {
            best.clear();
            for (int i = 0; i < generation.length; i++) {
                if (isPlaced(i)) offer(i, px, py, pz, filter, best);
            }
        }
    }

    /**
     * Visits Chebyshev rings of cells around the query's cell, clipped to the occupied bounds, until nothing outside
     * the searched cube can beat the worst kept candidate. Returns false when the probes exceed the entity count, where
     * scanning every entity is cheaper (a selective filter or a query far from the data).
     */
    private boolean ringSearch(float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        int cx = cell(px), cy = cell(py), cz = cell(pz);
        int r0 = Math.max(
                0,
                Math.max(
                        Math.max(Math.max(loX - cx, cx - hiX), Math.max(loY - cy, cy - hiY)),
                        Math.max(loZ - cz, cz - hiZ)));
        long budget = placed + 64L;
        long probes = 0;
        for (int r = r0; ; r++) {
            int x0 = Math.max(cx - r, loX), x1 = Math.min(cx + r, hiX);
            int y0 = Math.max(cy - r, loY), y1 = Math.min(cy + r, hiY);
            int z0 = Math.max(cz - r, loZ), z1 = Math.min(cz + r, hiZ);
            if (x0 <= x1 && y0 <= y1 && z0 <= z1) {
                for (int x = x0; x <= x1; x++) {
                    boolean edgeX = x == cx - r || x == cx + r;
                    for (int y = y0; y <= y1; y++) {
                        if (edgeX || y == cy - r || y == cy + r) {
                            for (int z = z0; z <= z1; z++) {
                                visit(CellTable.key(x, y, z), px, py, pz, filter, best);
                            }
                            probes += z1 - z0 + 1;
                        } else {
                            if (cz - r >= z0) visit(CellTable.key(x, y, cz - r), px, py, pz, filter, best);
                            if (r > 0 && cz + r <= z1) visit(CellTable.key(x, y, cz + r), px, py, pz, filter, best);
                            probes += 2;
                        }
                    }
                }
            }
            double bound = unsearchedDistance(px, py, pz, cx, cy, cz, r);
            if (bound == Double.POSITIVE_INFINITY) return true;
            // float distances carry rounding; search one ring too many rather than miss a tie
            if (best.isFull() && bound > HitKey.distance(best.worst()) * (1 + 1e-5) + cellSize * 1e-4) return true;
            if (probes > budget) return false;
        }
    }

    /** A lower bound on the distance from the query to any entity outside the cube of rings 0..r (infinite if none). */
    private double unsearchedDistance(float px, float py, float pz, int cx, int cy, int cz, int r) {
        double d = Double.POSITIVE_INFINITY;
        if (cx - r > loX) d = Math.min(d, px - (cx - r) * cellSize);
        if (cx + r < hiX) d = Math.min(d, (cx + r + 1) * cellSize - px);
        if (cy - r > loY) d = Math.min(d, py - (cy - r) * cellSize);
        if (cy + r < hiY) d = Math.min(d, (cy + r + 1) * cellSize - py);
        if (cz - r > loZ) d = Math.min(d, pz - (cz - r) * cellSize);
        if (cz + r < hiZ) d = Math.min(d, (cz + r + 1) * cellSize - pz);
        return Math.max(0, d);
    }

    private void visit(long key, float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        for (int i = heads.get(key); i != NONE; i = next[i]) {
            offer(i, px, py, pz, filter, best);
        }
    }

    private void offer(int i, float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        float d = distance(i, px, py, pz);
        long key = HitKey.pack(d, i);
        if (best.accepts(key) && filter.test(entity(i))) best.add(key);
    }

    /** The same float arithmetic as {@code Vec3.distance}, so that results agree exactly with a brute-force scan. */
    float distance(int i, float px, float py, float pz) {
        float dx = px - xs[i], dy = py - ys[i], dz = pz - zs[i];
        return (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Placed entities within {@code radius}, as packed (distance, index) keys in {@code out}, unsorted. */
    void withinRadius(float px, float py, float pz, float radius, LongList out) {
        double reach = radius * (1 + 1e-5) + cellSize * 1e-4;
        forCandidates(px - reach, py - reach, pz - reach, px + reach, py + reach, pz + reach, i -> {
            float d = distance(i, px, py, pz);
            if (d <= radius) out.add(HitKey.pack(d, i));
        });
    }

    /** Indices of placed entities with {@code min <= position <= max} on every axis, unsorted. */
    void inBox(float minX, float minY, float minZ, float maxX, float maxY, float maxZ, LongList out) {
        forCandidates(minX, minY, minZ, maxX, maxY, maxZ, i -> {
            if (xs[i] >= minX && xs[i] <= maxX && ys[i] >= minY && ys[i] <= maxY && zs[i] >= minZ && zs[i] <= maxZ) {
                out.add(i);
            }
        });
    }

    /** Every placed slot in the cells overlapping a box, or every placed slot when that is fewer than the cells. */
    private void forCandidates(
            double minX, double minY, double minZ, double maxX, double maxY, double maxZ, SlotVisitor visitor) {
        if (placed == 0) return;
        int x0 = Math.max(cell(minX), loX), x1 = Math.min(cell(maxX), hiX);
        int y0 = Math.max(cell(minY), loY), y1 = Math.min(cell(maxY), hiY);
        int z0 = Math.max(cell(minZ), loZ), z1 = Math.min(cell(maxZ), hiZ);
        if (x0 > x1 || y0 > y1 || z0 > z1) return;
        long cells = (long) (x1 - x0 + 1) * (y1 - y0 + 1) * (z1 - z0 + 1);
        if (cells > placed) {
            for (int i = 0; i < generation.length; i++) {
                if (isPlaced(i)) visitor.visit(i);
            }
            return;
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                for (int z = z0; z <= z1; z++) {
                    for (int i = heads.get(CellTable.key(x, y, z)); i != NONE; i = next[i]) {
                        visitor.visit(i);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface SlotVisitor {
        void visit(int index);
    }
}
