package dev.luminara.render.internal;

import dev.luminara.core.math.Vec3;
import dev.luminara.render.Bounds;

/**
 * A depth map of the scene seen from a directional light, orthographic and fitted to the scene bounds, so that the
 * shading pass can ask how much of a point the light reaches (3x3 percentage-closer filtering).
 */
public final class ShadowMap {
    private final Projector light;
    private final GBuffer depth;
    private final float texelWorld;

    private ShadowMap(Projector light, GBuffer depth, float texelWorld) {
        this.light = light;
        this.depth = depth;
        this.texelWorld = texelWorld;
    }

    public static ShadowMap render(SceneData scene, Vec3 direction, int size) {
        Vec3 d = direction.normalized();
        Vec3 upHint = Math.abs(d.y()) > 0.99f ? new Vec3(0, 0, -1) : Vec3.UP;
        Bounds b = scene.bounds();
        RenderCamera cam = Framing.orthographic(b, d, upHint, 1f, "shadow");
        Projector p = new Projector(cam, size, size);
        GBuffer g = new GBuffer(size, size, true);
        Rasterizer r = new Rasterizer(p, g, scene.items().size());
        for (RenderItem item : scene.items()) {
            if (item.color().a() < 0.5f) continue; // mostly see-through things cast no shadow
            if (!r.mayBeVisible(item)) continue;
            float radiusPx = item.radius() * p.pixelsPerMetre(1);
            r.draw(item, item.mesh(Meshes.detailFor(radiusPx)), 1f);
        }
        return new ShadowMap(p, g, cam.orthoSize() * 2 / size);
    }

    /** 0 (in shadow) to 1 (lit) for a surface point with unit normal n. */
    public float visibility(float x, float y, float z, float nx, float ny, float nz) {
        float off = texelWorld * 1.5f;
        x += nx * off;
        y += ny * off;
        z += nz * off;
        float d = light.depth(x, y, z);
        float sx = light.screenX(light.viewX(x, y, z), d) - 0.5f;
        float sy = light.screenY(light.viewY(x, y, z), d) - 0.5f;
        int cx = (int) Math.floor(sx + 0.5f), cy = (int) Math.floor(sy + 0.5f);
        float key = light.depthKey(d) + texelWorld * 2f;
        int lit = 0, total = 0;
        int w = depth.width, h = depth.height;
        for (int dy = -1; dy <= 1; dy++) {
            int ty = cy + dy;
            for (int dx = -1; dx <= 1; dx++) {
                int tx = cx + dx;
                total++;
                if (tx < 0 || ty < 0 || tx >= w || ty >= h) {
                    lit++;
                    continue;
                }
                if (depth.depth[ty * w + tx] <= key) lit++;
            }
        }
        return lit / (float) total;
    }
}
