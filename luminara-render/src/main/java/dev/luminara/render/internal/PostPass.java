package dev.luminara.render.internal;

/** Image-space steps after shading: silhouette outlines and the supersampling resolve. */
final class PostPass {
    static final float OUTLINE = 0.62f;

    private PostPass() {}

    /**
     * Darkens the rim of every drawn item where it borders the background or something farther away, so that shapes
     * of similar colour stay apart in the image.
     */
    static void outline(GBuffer g, int[] rgb, int thickness) {
        int w = g.width, h = g.height;
        boolean[] edge = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int id = g.id[i];
                if (id < 0) continue;
                float key = g.depth[i];
                boolean e = false;
                for (int t = 1; t <= thickness && !e; t++) {
                    e = behind(g, x - t, y, id, key)
                            || behind(g, x + t, y, id, key)
                            || behind(g, x, y - t, id, key)
                            || behind(g, x, y + t, id, key);
                }
                edge[i] = e;
            }
        }
        for (int i = 0; i < edge.length; i++) {
            if (edge[i]) rgb[i] = scale(rgb[i], OUTLINE);
        }
    }

    private static boolean behind(GBuffer g, int x, int y, int id, float key) {
        if (x < 0 || y < 0 || x >= g.width || y >= g.height) return false;
        int j = y * g.width + x;
        int other = g.id[j];
        return other != id && (other < 0 || g.depth[j] < key);
    }

    static int scale(int rgb, float f) {
        int r = (int) (((rgb >> 16) & 255) * f), gg = (int) (((rgb >> 8) & 255) * f), b = (int) ((rgb & 255) * f);
        return (r << 16) | (gg << 8) | b;
    }

    /** Box-filters an image {@code s} times larger on each side down to {@code w x h}. */
    static int[] resolve(int[] big, int w, int h, int s) {
        if (s == 1) return big;
        int bw = w * s;
        int[] out = new int[w * h];
        int n = s * s;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0, gg = 0, b = 0;
                for (int sy = 0; sy < s; sy++) {
                    int row = (y * s + sy) * bw + x * s;
                    for (int sx = 0; sx < s; sx++) {
                        int p = big[row + sx];
                        r += (p >> 16) & 255;
                        gg += (p >> 8) & 255;
                        b += p & 255;
                    }
                }
                out[y * w + x] = ((r + n / 2) / n << 16) | ((gg + n / 2) / n << 8) | ((b + n / 2) / n);
            }
        }
        return out;
    }

    /** The item id at the centre sample of each output pixel. */
    static int[] resolveIds(int[] ids, int w, int h, int s) {
        if (s == 1) return ids.clone();
        int bw = w * s;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) out[y * w + x] = ids[(y * s + s / 2) * bw + x * s + s / 2];
        }
        return out;
    }
}
