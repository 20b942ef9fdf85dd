package dev.luminara.render.internal;

/**
 * Draws triangle meshes into a {@link GBuffer}: transform to world, clip against the near and far planes, project,
 * cull back faces (two-sided meshes are drawn from both sides with the normal turned to the viewer), and fill with
 * edge functions at pixel centres. Depth and attributes are interpolated perspective-correctly. Single-threaded and
 * order-dependent only through exact depth ties, so the same input gives the same pixels.
 */
public final class Rasterizer {
    /** Clip vertex: world xyz, normal xyz, view x, view y, depth. */
    private static final int CLIP = 9;
    /** Raster vertex: screen x, y, depth key, 1/w, world xyz, normal xyz. */
    private static final int RAST = 10;

    /** Ordered-dither thresholds: a fragment of alpha a is kept where a > threshold (screen-door transparency). */
    private static final float[] BAYER = {
        0.5f / 16, 8.5f / 16, 2.5f / 16, 10.5f / 16,
        12.5f / 16, 4.5f / 16, 14.5f / 16, 6.5f / 16,
        3.5f / 16, 11.5f / 16, 1.5f / 16, 9.5f / 16,
        15.5f / 16, 7.5f / 16, 13.5f / 16, 5.5f / 16
    };

    private final Projector proj;
    private final GBuffer g;
    private final boolean depthOnly;
    private final int[] boxes; // per item: minX, minY, maxX, maxY

    private float[] world = new float[0];
    private float[] normals = new float[0];
    private float[] view = new float[0]; // vx, vy, d per vertex
    private final float[] polyA = new float[8 * CLIP];
    private final float[] polyB = new float[8 * CLIP];
    private final float[] tri = new float[3 * RAST];

    private int currentId;
    private float currentAlpha;

    public Rasterizer(Projector proj, GBuffer g, int itemCount) {
        this.proj = proj;
        this.g = g;
        this.depthOnly = g.nx == null;
        this.boxes = new int[itemCount * 4];
        for (int i = 0; i < itemCount; i++) {
            boxes[i * 4] = Integer.MAX_VALUE;
            boxes[i * 4 + 1] = Integer.MAX_VALUE;
            boxes[i * 4 + 2] = -1;
            boxes[i * 4 + 3] = -1;
        }
    }

    /** Per item: the pixel box its triangles cover (minX, minY, maxX, maxY), maxX = -1 when nothing was drawn. */
    public int[] boxes() {
        return boxes;
    }

    /** Whether any corner of the item is within the view volume's depth range and the screen (conservative). */
    public boolean mayBeVisible(RenderItem item) {
        float[] c = item.corners();
        boolean allNear = true, allFar = true, allLeft = true, allRight = true, allUp = true, allDown = true;
        boolean anyBehind = false;
        for (int i = 0; i < 8; i++) {
            float x = c[i * 3], y = c[i * 3 + 1], z = c[i * 3 + 2];
            float d = proj.depth(x, y, z);
            allNear &= d < proj.near;
            allFar &= d > proj.far;
            if (d < proj.near) {
                anyBehind = true;
                continue;
            }
            float sx = proj.screenX(proj.viewX(x, y, z), d), sy = proj.screenY(proj.viewY(x, y, z), d);
            allLeft &= sx < 0;
            allRight &= sx > proj.width;
            allUp &= sy < 0;
            allDown &= sy > proj.height;
        }
        if (allNear || allFar) return false;
        return anyBehind || !(allLeft || allRight || allUp || allDown);
    }

    public void draw(RenderItem item, TriangleMesh mesh, float alpha) {
        currentId = item.index();
        currentAlpha = alpha;
        int n = mesh.vertexCount();
        if (world.length < n * 3) {
            world = new float[n * 3];
            normals = new float[n * 3];
            view = new float[n * 3];
        }
        transform(item, mesh, n);
        boolean cullSign = item.mirrored();
        int[] idx = mesh.indices();
        for (int t = 0; t < idx.length; t += 3) {
            int a = idx[t], b = idx[t + 1], c = idx[t + 2];
            float da = view[a * 3 + 2], db = view[b * 3 + 2], dc = view[c * 3 + 2];
            if (da < proj.near && db < proj.near && dc < proj.near) continue;
            if (da > proj.far && db > proj.far && dc > proj.far) continue;
            boolean inside = da >= proj.near
                    && db >= proj.near
                    && dc >= proj.near
                    && da <= proj.far
                    && db <= proj.far
                    && dc <= proj.far;
            if (inside) {
                rasterVertex(a, 0);
                rasterVertex(b, 1);
                rasterVertex(c, 2);
                triangle(mesh.twoSided(), cullSign);
            } else {
                clipped(a, b, c, mesh.twoSided(), cullSign);
            }
        }
    }

    private void transform(RenderItem item, TriangleMesh mesh, int n) {
        var m = item.model();
        var nm = item.normalMatrix();
        float[] p = mesh.positions(), q = mesh.normals();
        for (int v = 0; v < n; v++) {
            int i = v * 3;
            float x = p[i], y = p[i + 1], z = p[i + 2];
            float wx = m.m00() * x + m.m10() * y + m.m20() * z + m.m30();
            float wy = m.m01() * x + m.m11() * y + m.m21() * z + m.m31();
            float wz = m.m02() * x + m.m12() * y + m.m22() * z + m.m32();
            world[i] = wx;
            world[i + 1] = wy;
            world[i + 2] = wz;
            view[i] = proj.viewX(wx, wy, wz);
            view[i + 1] = proj.viewY(wx, wy, wz);
            view[i + 2] = proj.depth(wx, wy, wz);
            if (!depthOnly) {
                float a = q[i], b = q[i + 1], c = q[i + 2];
                normals[i] = nm.m00() * a + nm.m10() * b + nm.m20() * c;
                normals[i + 1] = nm.m01() * a + nm.m11() * b + nm.m21() * c;
                normals[i + 2] = nm.m02() * a + nm.m12() * b + nm.m22() * c;
            }
        }
    }

    private void rasterVertex(int v, int slot) {
        int i = v * 3, o = slot * RAST;
        float d = view[i + 2];
        tri[o] = proj.screenX(view[i], d);
        tri[o + 1] = proj.screenY(view[i + 1], d);
        tri[o + 2] = proj.depthKey(d);
        tri[o + 3] = proj.perspective ? 1f / d : 1f;
        tri[o + 4] = world[i];
        tri[o + 5] = world[i + 1];
        tri[o + 6] = world[i + 2];
        tri[o + 7] = normals[i];
        tri[o + 8] = normals[i + 1];
        tri[o + 9] = normals[i + 2];
    }

    private void clipped(int a, int b, int c, boolean twoSided, boolean cullSign) {
        int count = 0;
        for (int v : new int[] {a, b, c}) {
            int o = count * CLIP, i = v * 3;
            polyA[o] = world[i];
            polyA[o + 1] = world[i + 1];
            polyA[o + 2] = world[i + 2];
            polyA[o + 3] = normals[i];
            polyA[o + 4] = normals[i + 1];
            polyA[o + 5] = normals[i + 2];
            polyA[o + 6] = view[i];
            polyA[o + 7] = view[i + 1];
            polyA[o + 8] = view[i + 2];
            count++;
        }
        count = clip(polyA, count, polyB, proj.near, true);
        count = clip(polyB, count, polyA, proj.far, false);
        if (count < 3) return;
        for (int k = 1; k + 1 < count; k++) {
            clipToRaster(polyA, 0, 0);
            clipToRaster(polyA, k, 1);
            clipToRaster(polyA, k + 1, 2);
            triangle(twoSided, cullSign);
        }
    }

    /** Sutherland-Hodgman against one depth plane: keeps d >= plane (near) or d <= plane (far). */
    private static int clip(float[] in, int count, float[] out, float plane, boolean keepAbove) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            int cur = k * CLIP, next = ((k + 1) % count) * CLIP;
            float dc = in[cur + 8] - plane, dn = in[next + 8] - plane;
            if (!keepAbove) {
                dc = -dc;
                dn = -dn;
            }
            boolean inCur = dc >= 0, inNext = dn >= 0;
            if (inCur) {
                System.arraycopy(in, cur, out, n * CLIP, CLIP);
                n++;
            }
            if (inCur != inNext) {
                float t = dc / (dc - dn);
                for (int f = 0; f < CLIP; f++) {
                    out[n * CLIP + f] = in[cur + f] + (in[next + f] - in[cur + f]) * t;
                }
                out[n * CLIP + 8] = plane; // exact, so no sliver falls outside by rounding
                n++;
            }
        }
        return n;
    }

    private void clipToRaster(float[] poly, int k, int slot) {
        int i = k * CLIP, o = slot * RAST;
        float d = poly[i + 8];
        tri[o] = proj.screenX(poly[i + 6], d);
        tri[o + 1] = proj.screenY(poly[i + 7], d);
        tri[o + 2] = proj.depthKey(d);
        tri[o + 3] = proj.perspective ? 1f / d : 1f;
        System.arraycopy(poly, i, tri, o + 4, 6);
    }

    private void triangle(boolean twoSided, boolean mirrored) {
        float x0 = tri[0], y0 = tri[1], x1 = tri[RAST], y1 = tri[RAST + 1], x2 = tri[2 * RAST], y2 = tri[2 * RAST + 1];
        double area = (double) (x1 - x0) * (y2 - y0) - (double) (x2 - x0) * (y1 - y0);
        if (area == 0 || Double.isNaN(area)) return;
        // counter-clockwise in the world appears clockwise on a y-down screen: negative area faces the viewer
        boolean front = (area < 0) != mirrored;
        if (!front && !depthOnly) {
            if (!twoSided) return;
            for (int s = 0; s < 3; s++) {
                tri[s * RAST + 7] = -tri[s * RAST + 7];
                tri[s * RAST + 8] = -tri[s * RAST + 8];
                tri[s * RAST + 9] = -tri[s * RAST + 9];
            }
        }
        int i1 = RAST, i2 = 2 * RAST;
        if (area < 0) {
            i1 = 2 * RAST;
            i2 = RAST;
            area = -area;
        }
        fill(0, i1, i2, area);
    }

    private void fill(int i0, int i1, int i2, double area) {
        double x0 = tri[i0], y0 = tri[i0 + 1], x1 = tri[i1], y1 = tri[i1 + 1], x2 = tri[i2], y2 = tri[i2 + 1];
        int w = g.width, h = g.height;
        int minX = (int) Math.max(0, Math.ceil(Math.min(x0, Math.min(x1, x2)) - 0.5));
        int maxX = (int) Math.min(w - 1, Math.floor(Math.max(x0, Math.max(x1, x2)) - 0.5));
        int minY = (int) Math.max(0, Math.ceil(Math.min(y0, Math.min(y1, y2)) - 0.5));
        int maxY = (int) Math.min(h - 1, Math.floor(Math.max(y0, Math.max(y1, y2)) - 0.5));
        if (minX > maxX || minY > maxY) return;
        int b = currentId * 4;
        boxes[b] = Math.min(boxes[b], minX);
        boxes[b + 1] = Math.min(boxes[b + 1], minY);
        boxes[b + 2] = Math.max(boxes[b + 2], maxX);
        boxes[b + 3] = Math.max(boxes[b + 3], maxY);

        double invArea = 1 / area;
        float k0 = tri[i0 + 2], k1 = tri[i1 + 2], k2 = tri[i2 + 2];
        float q0 = tri[i0 + 3], q1 = tri[i1 + 3], q2 = tri[i2 + 3];
        // edge functions: w0 weighs vertex 0 (edge 1->2), w1 vertex 1 (edge 2->0), w2 vertex 2 (edge 0->1)
        double a0 = -(y2 - y1), a1 = -(y0 - y2), a2 = -(y1 - y0);
        double px0 = minX + 0.5;
        boolean transparent = currentAlpha < 1;
        for (int y = minY; y <= maxY; y++) {
            double py = y + 0.5;
            double w0 = (x2 - x1) * (py - y1) - (y2 - y1) * (px0 - x1);
            double w1 = (x0 - x2) * (py - y2) - (y0 - y2) * (px0 - x2);
            double w2 = (x1 - x0) * (py - y0) - (y1 - y0) * (px0 - x0);
            int row = y * w;
            for (int x = minX; x <= maxX; x++, w0 += a0, w1 += a1, w2 += a2) {
                if (w0 < 0 || w1 < 0 || w2 < 0) continue;
                float l0 = (float) (w0 * invArea), l1 = (float) (w1 * invArea), l2 = 1 - l0 - l1;
                float key = l0 * k0 + l1 * k1 + l2 * k2;
                int i = row + x;
                if (key <= g.depth[i]) continue;
                if (transparent && currentAlpha <= BAYER[((y & 3) << 2) | (x & 3)]) continue;
                g.depth[i] = key;
                g.id[i] = currentId;
                if (depthOnly) continue;
                float iw = l0 * q0 + l1 * q1 + l2 * q2;
                float p0 = l0 * q0 / iw, p1 = l1 * q1 / iw, p2 = 1 - p0 - p1;
                g.px[i] = p0 * tri[i0 + 4] + p1 * tri[i1 + 4] + p2 * tri[i2 + 4];
                g.py[i] = p0 * tri[i0 + 5] + p1 * tri[i1 + 5] + p2 * tri[i2 + 5];
                g.pz[i] = p0 * tri[i0 + 6] + p1 * tri[i1 + 6] + p2 * tri[i2 + 6];
                g.nx[i] = p0 * tri[i0 + 7] + p1 * tri[i1 + 7] + p2 * tri[i2 + 7];
                g.ny[i] = p0 * tri[i0 + 8] + p1 * tri[i1 + 8] + p2 * tri[i2 + 8];
                g.nz[i] = p0 * tri[i0 + 9] + p1 * tri[i1 + 9] + p2 * tri[i2 + 9];
            }
        }
    }
}
