package dev.luminara.core.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.internal.CellTable;
import java.util.function.Predicate;

/**
 * One k-nearest search over a {@link PointGrid}: Chebyshev rings of cells around the query's cell, clipped to the
 * occupied bounds, skipping cells whose box lies beyond the worst candidate kept, until nothing outside the searched
 * cube can beat it. {@link #run} gives up (returns false) once the cells probed outnumber the entities, where scanning
 * every entity is cheaper: a very selective filter, or a query far from the data.
 */
final class RingSearch {
    private final PointGrid grid;
    private final float px, py, pz;
    private final Predicate<Entity> filter;
    private final NearestHeap best;
    private final double cellSize;

    RingSearch(PointGrid grid, float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        this.grid = grid;
        this.px = px;
        this.py = py;
        this.pz = pz;
        this.filter = filter;
        this.best = best;
        this.cellSize = grid.cellSize();
    }

    boolean run() {
        int cx = grid.cell(px), cy = grid.cell(py), cz = grid.cell(pz);
        int loX = grid.loX(), loY = grid.loY(), loZ = grid.loZ();
        int hiX = grid.hiX(), hiY = grid.hiY(), hiZ = grid.hiZ();
        int r0 = Math.max(
                0,
                Math.max(
                        Math.max(Math.max(loX - cx, cx - hiX), Math.max(loY - cy, cy - hiY)),
                        Math.max(loZ - cz, cz - hiZ)));
        long budget = grid.placed() + 64L;
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
                            for (int z = z0; z <= z1; z++) visit(x, y, z);
                            probes += z1 - z0 + 1;
                        } else { // inside the ring's faces only the two z ends belong to it
                            if (cz - r >= z0) visit(x, y, cz - r);
                            if (r > 0 && cz + r <= z1) visit(x, y, cz + r);
                            probes += 2;
                        }
                    }
                }
            }
            double bound = unsearchedDistance(cx, cy, cz, r);
            if (bound == Double.POSITIVE_INFINITY) return true;
            if (best.isFull() && bound > reach()) return true;
            if (probes > budget) return false;
        }
    }

    /** A lower bound on the distance from the query to any entity outside the cube of rings 0..r (infinite if none). */
    private double unsearchedDistance(int cx, int cy, int cz, int r) {
        double d = Double.POSITIVE_INFINITY;
        if (cx - r > grid.loX()) d = Math.min(d, px - (cx - r) * cellSize);
        if (cx + r < grid.hiX()) d = Math.min(d, (cx + r + 1) * cellSize - px);
        if (cy - r > grid.loY()) d = Math.min(d, py - (cy - r) * cellSize);
        if (cy + r < grid.hiY()) d = Math.min(d, (cy + r + 1) * cellSize - py);
        if (cz - r > grid.loZ()) d = Math.min(d, pz - (cz - r) * cellSize);
        if (cz + r < grid.hiZ()) d = Math.min(d, (cz + r + 1) * cellSize - pz);
        return Math.max(0, d);
    }

    /** How far a candidate may be and still beat the worst kept: float distances carry rounding, so err long. */
    private double reach() {
        return HitKey.distance(best.worst()) * (1 + 1e-5) + cellSize * 1e-4;
    }

    /** Offers a cell's entities, unless the heap is full and the whole cell lies beyond reach. */
    private void visit(int x, int y, int z) {
        if (best.isFull()) {
            double gx = gap(x, px), gy = gap(y, py), gz = gap(z, pz);
            double reach = reach();
            if (gx * gx + gy * gy + gz * gz > reach * reach) return;
        }
        int b = grid.bucketAt(x, y, z);
        if (b != CellTable.ABSENT) offerBucket(grid, b, px, py, pz, filter, best);
    }

    /** Distance along one axis from {@code p} to cell {@code c}; 0 for a clamped edge cell, which reaches beyond. */
    private double gap(int c, float p) {
        if (c == CellTable.COORDINATE_LIMIT || c == -CellTable.COORDINATE_LIMIT) return 0;
        double lo = c * cellSize, hi = lo + cellSize;
        return p < lo ? lo - p : p > hi ? p - hi : 0;
    }

    /** Offers every entry of bucket {@code b}; the filter is asked only about entries that would be kept. */
    static void offerBucket(
            PointGrid grid, int b, float px, float py, float pz, Predicate<Entity> filter, NearestHeap best) {
        CellBuckets buckets = grid.buckets();
        float[] c = buckets.coords(b);
        int[] slots = buckets.slots(b);
        for (int o = 0, n = buckets.count(b); o < n; o++) {
            long key = HitKey.pack(PointGrid.distance(px, py, pz, c[3 * o], c[3 * o + 1], c[3 * o + 2]), slots[o]);
            if (best.accepts(key) && filter.test(grid.entity(slots[o]))) best.add(key);
        }
    }
}
