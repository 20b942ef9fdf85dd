package dev.luminara.render.internal;

import dev.luminara.core.component.LightKind;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import java.util.List;

/**
 * Light at a surface point: hemisphere ambient, then each light's Lambert diffuse and Blinn-Phong specular.
 * Directional lights shine along their direction; point and spot lights fade smoothly to zero at their range
 * ({@code (1 - (d/range)^2)^2}); spot lights have a fixed cone (the Light component has no angle field), full inside
 * {@value #SPOT_INNER_DEGREES} degrees and zero beyond {@value #SPOT_OUTER_DEGREES}. The brightest directional light
 * casts shadows when a shadow map is given. A scene without lights gets one default light so it is still readable.
 */
public final class Lighting {
    static final float SPOT_INNER_DEGREES = 20;
    static final float SPOT_OUTER_DEGREES = 30;
    static final float SPECULAR = 0.25f;

    static final float[] SKY_AMBIENT = {0.34f, 0.38f, 0.46f};
    static final float[] GROUND_AMBIENT = {0.17f, 0.16f, 0.15f};

    private final int count;
    private final int[] kinds; // 0 directional, 1 point, 2 spot
    private final float[] data; // per light: r, g, b (colour * intensity), px, py, pz, dx, dy, dz, range
    private final int shadowed;
    private final ShadowMap shadows;
    private final float ambient;
    private final float cosInner = (float) Math.cos(Math.toRadians(SPOT_INNER_DEGREES));
    private final float cosOuter = (float) Math.cos(Math.toRadians(SPOT_OUTER_DEGREES));

    private Lighting(int[] kinds, float[] data, int shadowed, ShadowMap shadows, float ambient) {
        this.count = kinds.length;
        this.kinds = kinds;
        this.data = data;
        this.shadowed = shadowed;
        this.shadows = shadows;
        this.ambient = ambient;
    }

    /** The default light of an unlit scene: white, from above and slightly to the south-west. */
    public static RenderLight defaultLight() {
        return new RenderLight(
                null,
                "default light",
                LightKind.DIRECTIONAL,
                Color.WHITE,
                1.1f,
                0,
                new Vec3(0, 10, 0),
                new Vec3(0.35f, -1f, -0.45f).normalized());
    }

    /** Index in {@code lights} of the brightest directional light, or -1. */
    public static int primaryDirectional(List<RenderLight> lights) {
        int best = -1;
        for (int i = 0; i < lights.size(); i++) {
            RenderLight l = lights.get(i);
            if (l.kind() != LightKind.DIRECTIONAL || l.intensity() <= 0) continue;
            if (best < 0 || l.intensity() > lights.get(best).intensity()) best = i;
        }
        return best;
    }

    public static Lighting of(List<RenderLight> lights, int shadowed, ShadowMap shadows) {
        int n = lights.size();
        int[] kinds = new int[n];
        float[] data = new float[n * 10];
        for (int i = 0; i < n; i++) {
            RenderLight l = lights.get(i);
            kinds[i] = switch (l.kind()) {
                case DIRECTIONAL -> 0;
                case POINT -> 1;
                case SPOT -> 2;
            };
            int o = i * 10;
            data[o] = l.color().r() * l.intensity();
            data[o + 1] = l.color().g() * l.intensity();
            data[o + 2] = l.color().b() * l.intensity();
            data[o + 3] = l.position().x();
            data[o + 4] = l.position().y();
            data[o + 5] = l.position().z();
            data[o + 6] = l.direction().x();
            data[o + 7] = l.direction().y();
            data[o + 8] = l.direction().z();
            data[o + 9] = l.range();
        }
        return new Lighting(kinds, data, shadows == null ? -1 : shadowed, shadows, 0.55f);
    }

    /**
     * Linear colour of a surface with base colour (r, g, b) at world point p, unit normal n, unit direction to the
     * viewer v, into out[0..2].
     */
    public void shade(
            float r,
            float g,
            float b,
            float px,
            float py,
            float pz,
            float nx,
            float ny,
            float nz,
            float[] v,
            float[] out) {
        float hemi = 0.5f + 0.5f * ny;
        float ar = (GROUND_AMBIENT[0] + (SKY_AMBIENT[0] - GROUND_AMBIENT[0]) * hemi) * ambient;
        float ag = (GROUND_AMBIENT[1] + (SKY_AMBIENT[1] - GROUND_AMBIENT[1]) * hemi) * ambient;
        float ab = (GROUND_AMBIENT[2] + (SKY_AMBIENT[2] - GROUND_AMBIENT[2]) * hemi) * ambient;
        float dr = 0, dg = 0, db = 0, sr = 0, sg = 0, sb = 0;
        for (int i = 0; i < count; i++) {
            int o = i * 10;
            float lx, ly, lz, att;
            if (kinds[i] == 0) {
                lx = -data[o + 6];
                ly = -data[o + 7];
                lz = -data[o + 8];
                att = 1;
            } else {
                float tx = data[o + 3] - px, ty = data[o + 4] - py, tz = data[o + 5] - pz;
                float d2 = tx * tx + ty * ty + tz * tz;
                float range = data[o + 9];
                if (d2 >= range * range || d2 == 0) continue;
                float dist = (float) Math.sqrt(d2);
                lx = tx / dist;
                ly = ty / dist;
                lz = tz / dist;
                float f = 1 - d2 / (range * range);
                att = f * f;
                if (kinds[i] == 2) {
                    float cos = -(lx * data[o + 6] + ly * data[o + 7] + lz * data[o + 8]);
                    if (cos <= cosOuter) continue;
                    float t = Math.min(1, (cos - cosOuter) / (cosInner - cosOuter));
                    att *= t * t * (3 - 2 * t);
                }
            }
            float ndl = nx * lx + ny * ly + nz * lz;
            if (ndl <= 0) continue;
            if (i == shadowed) {
                att *= shadows.visibility(px, py, pz, nx, ny, nz);
                if (att == 0) continue;
            }
            float k = ndl * att;
            dr += data[o] * k;
            dg += data[o + 1] * k;
            db += data[o + 2] * k;
            float hx = lx + v[0], hy = ly + v[1], hz = lz + v[2];
            float hl = (float) Math.sqrt(hx * hx + hy * hy + hz * hz);
            if (hl > 0) {
                float ndh = (nx * hx + ny * hy + nz * hz) / hl;
                if (ndh > 0) {
                    float s = pow40(ndh) * SPECULAR * att;
                    sr += data[o] * s;
                    sg += data[o + 1] * s;
                    sb += data[o + 2] * s;
                }
            }
        }
        out[0] = r * (ar + dr) + sr;
        out[1] = g * (ag + dg) + sg;
        out[2] = b * (ab + db) + sb;
    }

    /** x to the 40th, the Blinn-Phong exponent, by squaring (Math.pow is the slowest step otherwise). */
    static float pow40(float x) {
        float x2 = x * x, x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8, x32 = x16 * x16;
        return x32 * x8;
    }
}
