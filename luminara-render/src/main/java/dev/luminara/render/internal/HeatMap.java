package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.render.ChangeOnScreen;
import dev.luminara.render.ChangedRegion;
import dev.luminara.render.Image;
import dev.luminara.render.ScreenBox;
import java.util.List;
import java.util.Locale;

/**
 * The picture of a comparison: the after image dimmed to grey, the pixel differences over it in a black-red-yellow-
 * white ramp, each changed region boxed and numbered with the changes that explain it (magenta "?" when none does),
 * and for a moved entity its old box dashed with an arrow to the new one.
 */
final class HeatMap {
    static final int REGION = 0x2EE6FF;
    static final int UNEXPLAINED = 0xFF3DF2;
    static final int BEFORE = 0xE8E8E8;

    private HeatMap() {}

    static Image draw(
            Image after,
            int[] diff,
            int threshold,
            List<ChangedRegion> regions,
            List<ChangeOnScreen> changes,
            long changedPixels) {
        int w = after.width(), h = after.height();
        int[] src = after.pixels();
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = src[i];
            int grey = (((p >> 16) & 255) * 77 + ((p >> 8) & 255) * 150 + (p & 255) * 29) >> 8;
            int v = 16 + grey * 30 / 100;
            rgb[i] = (v << 16) | (v << 8) | v;
        }
        Canvas canvas = new Canvas(w, h, rgb);
        for (int i = 0; i < rgb.length; i++) {
            int d = diff[i];
            if (d == 0) continue;
            float t = Math.min(1, d / 160f);
            canvas.blend(i % w, i / w, ramp(t), d > threshold ? 0.92f : 0.4f);
        }
        BitmapFont font = BitmapFont.DEFAULT;
        LabelLayout layout = new LabelLayout(w, h);
        String head = String.format(
                Locale.ROOT,
                "%d px changed (%.2f%%), %d region%s",
                changedPixels,
                changedPixels * 100.0 / ((long) w * h),
                regions.size(),
                regions.size() == 1 ? "" : "s");
        layout.reserve(canvas.panel(font, 0, 0, head, Canvas.NO_STRIPE, Canvas.TEXT));

        for (ChangeOnScreen c : changes) {
            ScreenBox b = c.before(), a = c.after();
            if (b == null || a == null || b.equals(a)) continue;
            canvas.dashRect(b.x(), b.y(), b.width(), b.height(), 1, 3, BEFORE, 0.9f);
            canvas.line(b.centerX(), b.centerY(), a.centerX(), a.centerY(), 1.5f, BEFORE, 0.9f);
            canvas.disc(a.centerX() + 0.5f, a.centerY() + 0.5f, 2.5f, BEFORE, 1f);
        }
        for (int k = 0; k < regions.size(); k++) {
            ChangedRegion r = regions.get(k);
            ScreenBox b = pad(r.box(), 2, w, h);
            int color = r.explained() ? REGION : UNEXPLAINED;
            canvas.strokeRect(b.x(), b.y(), b.width(), b.height(), 2, color, 1f);
        }
        for (int k = 0; k < regions.size(); k++) {
            ChangedRegion r = regions.get(k);
            StringBuilder text = new StringBuilder("#").append(k + 1).append(' ');
            if (!r.explained()) text.append('?');
            for (int j = 0; j < r.explainedBy().size() && j < 3; j++) {
                if (j > 0) text.append(", ");
                text.append(labelOf(r.explainedBy().get(j), changes));
            }
            if (r.explainedBy().size() > 3)
                text.append(" +").append(r.explainedBy().size() - 3);
            String label = text.toString();
            ScreenBox at =
                    layout.place(pad(r.box(), 2, w, h), Canvas.panelWidth(font, label), Canvas.panelHeight(font));
            if (at == null) continue;
            int color = r.explained() ? REGION : UNEXPLAINED;
            canvas.panel(font, at.x(), at.y(), label, color, color);
        }
        return Image.of(w, h, rgb);
    }

    private static String labelOf(Entity e, List<ChangeOnScreen> changes) {
        for (ChangeOnScreen c : changes) {
            if (c.change().entity().equals(e)) return c.change().label();
        }
        return e.toString();
    }

    private static ScreenBox pad(ScreenBox b, int p, int w, int h) {
        int x0 = Math.max(0, b.x() - p), y0 = Math.max(0, b.y() - p);
        int x1 = Math.min(w - 1, b.maxX() + p), y1 = Math.min(h - 1, b.maxY() + p);
        return ScreenBox.ofCorners(x0, y0, x1, y1);
    }

    /** Black through red and yellow to white. */
    static int ramp(float t) {
        float r = Math.min(1, t * 3), g = Math.max(0, Math.min(1, t * 3 - 1)), b = Math.max(0, Math.min(1, t * 3 - 2));
        r = 0.35f + 0.65f * r;
        return (Math.round(r * 255) << 16) | (Math.round(g * 255) << 8) | Math.round(b * 255);
    }
}
