package dev.luminara.render.internal;

import dev.luminara.render.ScreenBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Changed areas of a difference mask: the mask is dilated by half the merge distance, split into 8-connected
 * components, and components whose boxes come within the merge distance of each other are joined. Each region keeps
 * the box, count and largest difference of the changed pixels inside it (the dilation only groups).
 */
final class RegionFinder {
    record Region(ScreenBox box, int pixels, int maxDifference) {}

    private RegionFinder() {}

    static List<Region> find(int[] diff, int w, int h, int threshold, int mergeDistance, int minPixels) {
        boolean[] mask = new boolean[w * h];
        for (int i = 0; i < mask.length; i++) mask[i] = diff[i] > threshold;
        boolean[] grown = dilate(mask, w, h, Math.max(1, mergeDistance / 2));
        int[] label = new int[w * h];
        int[] queue = new int[w * h];
        List<int[]> comps = new ArrayList<>(); // minX, minY, maxX, maxY, pixels, max
        for (int start = 0; start < grown.length; start++) {
            if (!grown[start] || label[start] != 0) continue;
            int id = comps.size() + 1;
            int[] c = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0, 0};
            int head = 0, tail = 0;
            queue[tail++] = start;
            label[start] = id;
            while (head < tail) {
                int i = queue[head++];
                int x = i % w, y = i / w;
                if (mask[i]) {
                    c[0] = Math.min(c[0], x);
                    c[1] = Math.min(c[1], y);
                    c[2] = Math.max(c[2], x);
                    c[3] = Math.max(c[3], y);
                    c[4]++;
                    c[5] = Math.max(c[5], diff[i]);
                }
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= w) continue;
                        int j = yy * w + xx;
                        if (grown[j] && label[j] == 0) {
                            label[j] = id;
                            queue[tail++] = j;
                        }
                    }
                }
            }
            if (c[4] > 0) comps.add(c);
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int a = 0; a < comps.size() && !merged; a++) {
                for (int b = a + 1; b < comps.size(); b++) {
                    int[] p = comps.get(a), q = comps.get(b);
                    if (p[0] - mergeDistance <= q[2]
                            && q[0] - mergeDistance <= p[2]
                            && p[1] - mergeDistance <= q[3]
                            && q[1] - mergeDistance <= p[3]) {
                        p[0] = Math.min(p[0], q[0]);
                        p[1] = Math.min(p[1], q[1]);
                        p[2] = Math.max(p[2], q[2]);
                        p[3] = Math.max(p[3], q[3]);
                        p[4] += q[4];
                        p[5] = Math.max(p[5], q[5]);
                        comps.remove(b);
                        merged = true;
                        break;
                    }
                }
            }
        }
        List<Region> out = new ArrayList<>();
        for (int[] c : comps) {
            if (c[4] < minPixels) continue;
            out.add(new Region(ScreenBox.ofCorners(c[0], c[1], c[2], c[3]), c[4], c[5]));
        }
        out.sort((p, q) -> p.pixels() != q.pixels()
                ? Integer.compare(q.pixels(), p.pixels())
                : p.box().y() != q.box().y()
                        ? Integer.compare(p.box().y(), q.box().y())
                        : Integer.compare(p.box().x(), q.box().x()));
        return out;
    }

    /** Square dilation by r, separably: a row pass then a column pass, each with a running count. */
    static boolean[] dilate(boolean[] mask, int w, int h, int r) {
        boolean[] rows = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            int count = 0;
            int row = y * w;
            for (int x = 0; x < Math.min(r, w); x++) if (mask[row + x]) count++;
            for (int x = 0; x < w; x++) {
                if (x + r < w && mask[row + x + r]) count++;
                if (x - r - 1 >= 0 && mask[row + x - r - 1]) count--;
                rows[row + x] = count > 0;
            }
        }
        boolean[] out = new boolean[mask.length];
        for (int x = 0; x < w; x++) {
            int count = 0;
            for (int y = 0; y < Math.min(r, h); y++) if (rows[y * w + x]) count++;
            for (int y = 0; y < h; y++) {
                if (y + r < h && rows[(y + r) * w + x]) count++;
                if (y - r - 1 >= 0 && rows[(y - r - 1) * w + x]) count--;
                out[y * w + x] = count > 0;
            }
        }
        return out;
    }
}
