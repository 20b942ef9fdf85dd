package dev.luminara.core.spatial;

import dev.luminara.core.internal.CellTable;

/**
 * Picks the grid's cell size from the data: about {@link #TARGET} entities per occupied cell. A first guess comes from
 * the bounding box (axes much thinner than the widest count as flat, so a level laid out on a plane gets square cells,
 * not cubes the height of the level), then a few rounds measure the real occupancy and correct for clustering.
 */
final class CellSizing {
    static final double TARGET = 4;
    private static final int ROUNDS = 4;

    private CellSizing() {}

    /** A cell size for the first {@code n} points, all finite. */
    static double choose(float[] xs, float[] ys, float[] zs, int n) {
        if (n == 0) return 1;
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            double[] p = {xs[i], ys[i], zs[i]};
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], p[a]);
                hi[a] = Math.max(hi[a], p[a]);
                maxAbs = Math.max(maxAbs, Math.abs(p[a]));
            }
        }
        double widest = Math.max(hi[0] - lo[0], Math.max(hi[1] - lo[1], hi[2] - lo[2]));
        // no point may fall outside the packable cell range (2^20 cells each way): keep a factor-4 margin
        double smallest = Math.max(maxAbs / (CellTable.COORDINATE_LIMIT / 4.0), 1e-6);
        if (!(widest > 0) || Double.isInfinite(widest)) return Math.max(1, smallest);
        int dims = 0;
        double volume = 1;
        for (int a = 0; a < 3; a++) {
            double extent = hi[a] - lo[a];
            if (extent > widest * 1e-3) {
                dims++;
                volume *= extent;
            }
        }
        double size = Math.max(smallest, Math.pow(volume * TARGET / n, 1.0 / dims));
        for (int round = 0; round < ROUNDS; round++) {
            double occupancy = occupancy(xs, ys, zs, n, size);
            if (occupancy >= TARGET / 2 && occupancy <= TARGET * 2) break;
            double factor = Math.pow(TARGET / occupancy, 1.0 / dims);
            size = Math.max(smallest, size * Math.max(0.25, Math.min(4, factor)));
        }
        return size;
    }

    private static double occupancy(float[] xs, float[] ys, float[] zs, int n, double size) {
        double inverse = 1 / size;
        CellTable cells = new CellTable(n);
        for (int i = 0; i < n; i++) {
            cells.put(
                    CellTable.key(
                            CellTable.coordinate(xs[i], inverse),
                            CellTable.coordinate(ys[i], inverse),
                            CellTable.coordinate(zs[i], inverse)),
                    0);
        }
        return (double) n / cells.size();
    }
}
