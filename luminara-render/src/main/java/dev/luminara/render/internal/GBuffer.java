package dev.luminara.render.internal;

import java.util.Arrays;

/**
 * What rasterisation leaves per pixel for the shading pass: a depth key (larger is nearer), the index of the item
 * drawn there (-1 for background), and, unless depth-only, the interpolated world normal and world position.
 */
public final class GBuffer {
    public static final float EMPTY = -Float.MAX_VALUE;

    final int width;
    final int height;
    final float[] depth;
    final int[] id;
    final float[] nx, ny, nz, px, py, pz;

    GBuffer(int width, int height, boolean depthOnly) {
        this.width = width;
        this.height = height;
        int n = width * height;
        depth = new float[n];
        id = new int[n];
        Arrays.fill(depth, EMPTY);
        Arrays.fill(id, -1);
        if (depthOnly) {
            nx = ny = nz = px = py = pz = null;
        } else {
            nx = new float[n];
            ny = new float[n];
            nz = new float[n];
            px = new float[n];
            py = new float[n];
            pz = new float[n];
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int id(int x, int y) {
        return id[y * width + x];
    }
}
