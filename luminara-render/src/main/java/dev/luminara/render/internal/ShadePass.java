package dev.luminara.render.internal;

import dev.luminara.core.math.Color;
import java.util.List;

/**
 * Turns a {@link GBuffer} into colour, once per pixel (deferred shading): lit surfaces, the ground plane with its
 * grid and the shadows falling on it where nothing else was drawn, and a sky gradient above the horizon.
 *
 * <p>Surface colours are read as display colours (what a colour picker shows) and lit in linear light, so a "red"
 * face lit head-on by a white light of intensity 1 shows as that red.
 */
final class ShadePass {
    private static final float[] ZENITH = {0.16f, 0.28f, 0.52f};
    private static final float[] HORIZON = {0.56f, 0.63f, 0.73f};

    private final GBuffer g;
    private final Projector proj;
    private final List<RenderItem> items;
    private final Lighting lighting;
    private final GroundGrid grid;
    private final float fadeStart;
    private final float fadeEnd;
    private final float[] ray = new float[6];
    private final float[] hit = new float[3];
    private final float[] hitX = new float[3];
    private final float[] hitY = new float[3];
    private final float[] view = new float[3];
    private final float[] c = new float[3];

    ShadePass(GBuffer g, Projector proj, SceneData scene, Lighting lighting, GroundGrid grid) {
        this.g = g;
        this.proj = proj;
        this.items = scene.items();
        this.lighting = lighting;
        this.grid = grid;
        float radius = Math.max(10, scene.bounds().radius());
        this.fadeStart = radius * 2.5f;
        this.fadeEnd = radius * 10;
    }

    int[] run() {
        int w = g.width, h = g.height;
        int[] out = new int[w * h];
        float[] linear = new float[items.size() * 3];
        for (int k = 0; k < items.size(); k++) {
            Color col = items.get(k).color();
            linear[k * 3] = Tone.toLinear(col.r());
            linear[k * 3 + 1] = Tone.toLinear(col.g());
            linear[k * 3 + 2] = Tone.toLinear(col.b());
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int id = g.id[i];
                if (id >= 0) surface(i, x, y, linear, id);
                else background(x, y);
                out[i] = Tone.rgb(c[0], c[1], c[2]);
            }
        }
        return out;
    }

    private void surface(int i, int x, int y, float[] linear, int id) {
        float nx = g.nx[i], ny = g.ny[i], nz = g.nz[i];
        float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len > 0) {
            nx /= len;
            ny /= len;
            nz /= len;
        }
        float px = g.px[i], py = g.py[i], pz = g.pz[i];
        proj.toViewer(px, py, pz, view);
        lighting.shade(linear[id * 3], linear[id * 3 + 1], linear[id * 3 + 2], px, py, pz, nx, ny, nz, view, c);
        float d = proj.depthOfKey(g.depth[i]);
        if (grid.lines && ny > 0.9f && Math.abs(py) < Math.max(0.004f, d * 0.0008f)) {
            gridAt(x, y, px, pz);
        }
    }

    private void background(int x, int y) {
        if (proj.planeHit(x + 0.5f, y + 0.5f, 0, hit) && hit[2] < proj.far * 4 && aboveGround()) {
            float px = hit[0], pz = hit[1], depth = hit[2];
            proj.toViewer(px, 0, pz, view);
            lighting.shade(
                    GroundGrid.GROUND[0], GroundGrid.GROUND[1], GroundGrid.GROUND[2], px, 0, pz, 0, 1, 0, view, c);
            gridAt(x, y, px, pz);
            if (proj.perspective) {
                float fade = GroundGrid.clamp((depth - fadeStart) / (fadeEnd - fadeStart));
                mix(HORIZON, fade * fade);
            }
            return;
        }
        proj.ray(x + 0.5f, y + 0.5f, ray);
        float oy = ray[1], dy = ray[4];
        if (!proj.perspective && Math.abs(dy) < 1e-3f && oy < 0) {
            // looking level in an orthographic view: the ground seen edge-on, below the horizon line y = 0
            c[0] = GroundGrid.GROUND[0] * 0.6f;
            c[1] = GroundGrid.GROUND[1] * 0.6f;
            c[2] = GroundGrid.GROUND[2] * 0.6f;
            return;
        }
        float up = proj.perspective ? dy : 1 - (y + 0.5f) / g.height;
        float s = (float) Math.pow(GroundGrid.clamp(up * 1.4f), 0.7);
        c[0] = HORIZON[0] + (ZENITH[0] - HORIZON[0]) * s;
        c[1] = HORIZON[1] + (ZENITH[1] - HORIZON[1]) * s;
        c[2] = HORIZON[2] + (ZENITH[2] - HORIZON[2]) * s;
    }

    /** The ground is seen from above only; a camera under it sees sky. */
    private boolean aboveGround() {
        return !proj.perspective || proj.ey > 0;
    }

    /** Grid lines at ground point (px, pz) seen through pixel (x, y); footprint from the neighbouring pixels' rays. */
    private void gridAt(int x, int y, float px, float pz) {
        if (!grid.lines) return;
        if (!proj.planeHit(x + 1.5f, y + 0.5f, 0, hitX) || !proj.planeHit(x + 0.5f, y + 1.5f, 0, hitY)) return;
        grid.blend(px, pz, hitX[0] - px, hitX[1] - pz, hitY[0] - px, hitY[1] - pz, c);
    }

    private void mix(float[] to, float a) {
        c[0] += (to[0] - c[0]) * a;
        c[1] += (to[1] - c[1]) * a;
        c[2] += (to[2] - c[2]) * a;
    }
}
