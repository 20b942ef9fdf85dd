package dev.luminara.core.physics;

import dev.luminara.core.internal.CellTable;
import dev.luminara.core.internal.LongList;
import java.util.Arrays;

/**
 * Candidate pairs whose bounding boxes overlap, from a uniform hash grid (the spatial index's {@link CellTable}) with
 * cells twice the median collider size. Each collider is entered in every cell its box covers; a pair sharing several
 * cells is reported only by the cell holding the low corner of the two boxes' intersection, so no set is needed to
 * remove duplicates. Colliders covering more than {@link #LARGE_CELLS} cells (floors, walls) are kept out of the grid
 * and tested against every collider instead. Pairs where neither body can move are skipped.
 */
final class Broadphase {
    static final int LARGE_CELLS = 64;

    private Broadphase() {}

    /** Pairs {@code (i << 32) | j} of body slots, {@code i < j}, sorted. */
    static LongList pairs(Bodies b) {
        LongList out = new LongList();
        int n = b.n;
        if (n < 2) return out;
        double inverse = 1 / cellSize(b);
        CellTable heads = new CellTable(4 * n); // a collider covers one to eight cells
        LongList occupied = new LongList(n);
        int[] entryBody = new int[Math.max(16, n * 2)];
        int[] entryNext = new int[entryBody.length];
        int entries = 0;
        boolean[] large = new boolean[n];
        int[] larges = new int[n];
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            int x0 = cell(b.px[i] - b.hx[i], inverse), x1 = cell(b.px[i] + b.hx[i], inverse);
            int y0 = cell(b.py[i] - b.hy[i], inverse), y1 = cell(b.py[i] + b.hy[i], inverse);
            int z0 = cell(b.pz[i] - b.hz[i], inverse), z1 = cell(b.pz[i] + b.hz[i], inverse);
            long cells = (long) (x1 - x0 + 1) * (y1 - y0 + 1) * (z1 - z0 + 1);
            if (cells > LARGE_CELLS) {
                large[i] = true;
                larges[largeCount++] = i;
                continue;
            }
            for (int x = x0; x <= x1; x++) {
                for (int y = y0; y <= y1; y++) {
                    for (int z = z0; z <= z1; z++) {
                        long key = CellTable.key(x, y, z);
                        int head = heads.get(key);
                        if (head == CellTable.ABSENT) occupied.add(key);
                        if (entries == entryBody.length) {
                            entryBody = Arrays.copyOf(entryBody, entries * 2);
                            entryNext = Arrays.copyOf(entryNext, entries * 2);
                        }
                        entryBody[entries] = i;
                        entryNext[entries] = head;
                        heads.put(key, entries++);
                    }
                }
            }
        }
        for (int c = 0; c < occupied.size(); c++) {
            long key = occupied.get(c);
            for (int e = heads.get(key); e != CellTable.ABSENT; e = entryNext[e]) {
                for (int f = entryNext[e]; f != CellTable.ABSENT; f = entryNext[f]) {
                    int i = Math.min(entryBody[e], entryBody[f]), j = Math.max(entryBody[e], entryBody[f]);
                    if (candidate(b, i, j) && ownerCell(b, i, j, inverse) == key) out.add(pack(i, j));
                }
            }
        }
        for (int l = 0; l < largeCount; l++) {
            int big = larges[l];
            for (int j = 0; j < n; j++) {
                if (j == big || large[j] && j < big) continue; // a pair of large ones is tested once
                int lo = Math.min(big, j), hi = Math.max(big, j);
                if (candidate(b, lo, hi)) out.add(pack(lo, hi));
            }
        }
        out.sort();
        return out;
    }

    static long pack(int i, int j) {
        return ((long) i << 32) | j;
    }

    /** Written with the same float expressions as the cell ranges, so the owner cell is always one both cover. */
    private static boolean candidate(Bodies b, int i, int j) {
        return (b.mobile(i) || b.mobile(j))
                && Math.max(b.px[i] - b.hx[i], b.px[j] - b.hx[j]) <= Math.min(b.px[i] + b.hx[i], b.px[j] + b.hx[j])
                && Math.max(b.py[i] - b.hy[i], b.py[j] - b.hy[j]) <= Math.min(b.py[i] + b.hy[i], b.py[j] + b.hy[j])
                && Math.max(b.pz[i] - b.hz[i], b.pz[j] - b.hz[j]) <= Math.min(b.pz[i] + b.hz[i], b.pz[j] + b.hz[j]);
    }

    /** The cell of the low corner of the boxes' intersection, which both boxes cover. */
    private static long ownerCell(Bodies b, int i, int j, double inverse) {
        return CellTable.key(
                cell(Math.max(b.px[i] - b.hx[i], b.px[j] - b.hx[j]), inverse),
                cell(Math.max(b.py[i] - b.hy[i], b.py[j] - b.hy[j]), inverse),
                cell(Math.max(b.pz[i] - b.hz[i], b.pz[j] - b.hz[j]), inverse));
    }

    private static int cell(float v, double inverse) {
        return CellTable.coordinate(v, inverse);
    }

    /**
     * Twice the median collider diameter (of an evenly spaced sample of at most 1,024): most colliders then cover one or
     * two cells per axis.
     */
    private static double cellSize(Bodies b) {
        int stride = Math.max(1, b.n / 1024);
        float[] sizes = new float[(b.n + stride - 1) / stride];
        for (int k = 0; k < sizes.length; k++) {
            int i = k * stride;
            sizes[k] = 2 * Math.max(b.hx[i], Math.max(b.hy[i], b.hz[i]));
        }
        Arrays.sort(sizes);
        double median = sizes[sizes.length / 2];
        return Double.isFinite(median) ? Math.max(2 * median, 1e-3) : 1;
    }
}
