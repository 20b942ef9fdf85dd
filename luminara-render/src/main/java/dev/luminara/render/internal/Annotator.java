package dev.luminara.render.internal;

import dev.luminara.core.component.LightKind;
import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.ScreenBox;
import dev.luminara.render.ViewDescription;
import dev.luminara.render.VisibleEntity;
import dev.luminara.render.VisibleLight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws the overlays of {@link AnnotationConfig} over a rendered frame, at the places the description gives: selected
 * entities outlined and tinted where they are visible, projected bounding boxes (dashed when the entity is hidden
 * behind something), light icons with their direction, and name labels laid out so they do not overlap. A header
 * names the view, and a small gizmo shows the world axes.
 */
public final class Annotator {
    /** Box colours, by entity index; bright so they read over any scene colour. */
    static final int[] PALETTE = {
        0xFF5A5A, 0xFFC400, 0x4FC3FF, 0x5CF08C, 0xE26CFF, 0xFFF35A, 0x3CF0E8, 0xFF8A50, 0xB8F25A, 0xFF5FA2
    };

    public static final int SELECTED = 0xFFA000;

    private Annotator() {}

    public static int boxColor(int entityIndex) {
        return PALETTE[Math.floorMod(entityIndex, PALETTE.length)];
    }

    public static int[] annotate(Frame frame, SceneData scene, ViewDescription d, AnnotationConfig cfg) {
        int[] rgb = frame.rgb().clone();
        Canvas canvas = new Canvas(frame.width(), frame.height(), rgb);
        BitmapFont font = BitmapFont.DEFAULT;
        int ui = Math.max(1, Math.round(frame.height() / 720f));
        LabelLayout layout = new LabelLayout(frame.width(), frame.height());

        ScreenBox header = header(canvas, font, d, cfg);
        layout.reserve(header);
        layout.reserve(gizmo(canvas, frame, ui));

        if (cfg.highlightSelected() && !cfg.selected().isEmpty()) highlight(canvas, frame, scene, cfg, ui);

        if (cfg.showBoundingBoxes()) {
            for (VisibleEntity v : d.entities()) {
                int color = v.selected() ? SELECTED : boxColor(v.entity().index());
                int t = v.selected() ? 2 * ui : ui;
                ScreenBox b = v.box();
                // boxes of big things (floors, walls) say little and hide the rest: draw them faintly
                float a = v.selected() || b.area() * 5 < (long) frame.width() * frame.height() ? 1f : 0.35f;
                if (v.visiblePixels() == 0) canvas.dashRect(b.x(), b.y(), b.width(), b.height(), t, 4, color, a);
                else canvas.strokeRect(b.x(), b.y(), b.width(), b.height(), t, color, a);
            }
        }

        List<VisibleLight> shownLights = new ArrayList<>();
        if (cfg.showLightPositions()) {
            for (VisibleLight l : d.lights()) {
                if (l.screen() == null) continue;
                lightIcon(canvas, frame, scene, l, ui);
                int r = 8 * ui;
                layout.reserve(new ScreenBox(l.screen().x() - r, l.screen().y() - r, 2 * r + 1, 2 * r + 1));
                shownLights.add(l);
            }
        }

        if (cfg.showEntityNames()) {
            List<VisibleEntity> order = new ArrayList<>(d.entities());
            order.removeIf(v -> v.visiblePixels() == 0 && !v.selected());
            // selected first, then things small enough to label beside them (most visible first), then big ones
            // (floors, walls), which are labelled on themselves where room is left
            order.sort(Comparator.comparing((VisibleEntity v) -> !v.selected())
                    .thenComparing(v -> anchor(v) != v.visibleBox())
                    .thenComparing(Comparator.comparingInt(VisibleEntity::visiblePixels)
                            .reversed())
                    .thenComparing(VisibleEntity::entity));
            for (VisibleEntity v : order) {
                int color = v.selected() ? SELECTED : boxColor(v.entity().index());
                ScreenBox anchor = anchor(v);
                label(canvas, font, layout, anchor, v.label(), color);
            }
        }
        if (cfg.showLightPositions()) {
            for (VisibleLight l : shownLights) {
                int r = 8 * ui;
                ScreenBox anchor = new ScreenBox(l.screen().x() - r, l.screen().y() - r, 2 * r + 1, 2 * r + 1);
                label(canvas, font, layout, anchor, l.label(), display(l.color()));
            }
        }
        if (layout.dropped() > 0) {
            String s = layout.dropped() + " labels left out to avoid overlaps";
            canvas.panel(
                    font,
                    frame.width() - Canvas.panelWidth(font, s),
                    frame.height() - Canvas.panelHeight(font),
                    s,
                    Canvas.NO_STRIPE,
                    Canvas.TEXT);
        }
        return rgb;
    }

    /**
     * Where a label goes: above a small entity's visible box; for a big one (a wall, a floor) at the centroid of its
     * visible pixels, which lies on the thing itself rather than at a corner of its box.
     */
    static ScreenBox anchor(VisibleEntity v) {
        ScreenBox vis = v.visibleBox();
        if (vis == null) return v.box();
        if (vis.width() <= 96 && vis.height() <= 96) return vis;
        return new ScreenBox(v.visibleCenter().x() - 2, v.visibleCenter().y() - 2, 5, 5);
    }

    private static ScreenBox header(Canvas canvas, BitmapFont font, ViewDescription d, AnnotationConfig cfg) {
        String lens = d.camera().projection() == Projection.PERSPECTIVE
                ? String.format(Locale.ROOT, "perspective %.0f deg", d.camera().fovDegrees())
                : String.format(Locale.ROOT, "orthographic %.1f m", d.camera().orthoSize() * 2);
        String text = String.format(
                Locale.ROOT,
                "%s | %s | %d entities, %d lights%s",
                d.angle().shortName(),
                lens,
                d.entities().size(),
                d.lights().size(),
                cfg.selected().isEmpty() || !cfg.highlightSelected()
                        ? ""
                        : " | " + cfg.selected().size() + " selected");
        return canvas.panel(font, 0, 0, text, Canvas.NO_STRIPE, Canvas.TEXT);
    }

    private static void label(
            Canvas canvas, BitmapFont font, LabelLayout layout, ScreenBox anchor, String text, int color) {
        ScreenBox at = layout.place(anchor, Canvas.panelWidth(font, text), Canvas.panelHeight(font));
        if (at == null) return;
        if (!at.near(anchor, 3)) {
            canvas.line(
                    at.centerX(),
                    at.maxY() < anchor.y() ? at.maxY() : at.y(),
                    anchor.centerX(),
                    anchor.centerY(),
                    1,
                    color,
                    0.9f);
        }
        canvas.panel(font, at.x(), at.y(), text, color, Canvas.TEXT);
    }

    /** Tints the visible pixels of selected items and draws a rim around them. */
    private static void highlight(Canvas canvas, Frame frame, SceneData scene, AnnotationConfig cfg, int ui) {
        int w = frame.width(), h = frame.height();
        boolean[] sel = new boolean[scene.items().size()];
        boolean any = false;
        for (RenderItem item : scene.items()) {
            if (cfg.isSelected(item.entity())) {
                sel[item.index()] = true;
                any = true;
            }
        }
        if (!any) return;
        int[] ids = frame.ids();
        boolean[] mask = new boolean[w * h];
        for (int i = 0; i < ids.length; i++) mask[i] = ids[i] >= 0 && sel[ids[i]];
        int r = 2 * ui;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (mask[i]) {
                    canvas.blend(x, y, SELECTED, 0.28f);
                    continue;
                }
                if (nearMask(mask, w, h, x, y, r)) canvas.blend(x, y, SELECTED, 1f);
            }
        }
    }

    private static boolean nearMask(boolean[] mask, int w, int h, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) continue;
            for (int dx = -r; dx <= r; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w && mask[yy * w + xx]) return true;
            }
        }
        return false;
    }

    private static void lightIcon(Canvas canvas, Frame frame, SceneData scene, VisibleLight l, int ui) {
        float cx = l.screen().x() + 0.5f, cy = l.screen().y() + 0.5f;
        int color = display(l.color());
        if (l.kind() != LightKind.POINT) {
            float len = Math.max(2, scene.bounds().radius() * 0.25f);
            float[] tip =
                    frame.projector().project(l.position().add(l.direction().mul(len)));
            if (tip != null) arrow(canvas, cx, cy, tip[0], tip[1], ui, color);
        }
        for (int k = 0; k < 8; k++) {
            double a = Math.PI * k / 4;
            float c = (float) Math.cos(a), s = (float) Math.sin(a);
            canvas.line(cx + c * 6 * ui, cy + s * 6 * ui, cx + c * 9 * ui, cy + s * 9 * ui, 1.5f * ui, 0x101010, 0.8f);
            canvas.line(cx + c * 6 * ui, cy + s * 6 * ui, cx + c * 9 * ui, cy + s * 9 * ui, 1f * ui, color, 1f);
        }
        canvas.disc(cx, cy, 5 * ui, 0x101010, 0.9f);
        canvas.disc(cx, cy, 4 * ui, color, 1f);
    }

    private static void arrow(Canvas canvas, float x0, float y0, float x1, float y1, int ui, int color) {
        float dx = x1 - x0, dy = y1 - y0;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len < 12 * ui) {
            if (len == 0) return;
            x1 = x0 + dx / len * 12 * ui;
            y1 = y0 + dy / len * 12 * ui;
            dx = x1 - x0;
            dy = y1 - y0;
            len = 12 * ui;
        }
        float ux = dx / len, uy = dy / len, head = 6 * ui;
        canvas.line(x0, y0, x1, y1, 3f * ui, 0x101010, 0.7f);
        canvas.line(x0, y0, x1, y1, 1.5f * ui, color, 1f);
        canvas.line(x1, y1, x1 - ux * head - uy * head * 0.6f, y1 - uy * head + ux * head * 0.6f, 1.5f * ui, color, 1f);
        canvas.line(x1, y1, x1 - ux * head + uy * head * 0.6f, y1 - uy * head - ux * head * 0.6f, 1.5f * ui, color, 1f);
    }

    /** World axes as seen by this camera, bottom left: X red, Y green, Z blue. */
    private static ScreenBox gizmo(Canvas canvas, Frame frame, int ui) {
        RenderCamera cam = frame.camera();
        Vec3 f = cam.forward(), r = cam.right(), u = r.cross(f).normalized();
        float size = 20 * ui, cx = 16 * ui + size, cy = frame.height() - 16 * ui - size;
        canvas.disc(cx, cy, size + 11 * ui, Canvas.PANEL, 0.55f);
        Vec3[] axes = {new Vec3(1, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1)};
        int[] colors = {0xFF4A4A, 0x5CE05C, 0x4A8CFF};
        String[] names = {"X", "Y", "Z"};
        BitmapFont font = BitmapFont.DEFAULT;
        // draw the axes pointing away from the viewer first, so the nearer ones stay on top
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, Comparator.comparingDouble(k -> -axes[k].dot(f)));
        for (int k : order) {
            float ax = axes[k].dot(r) * size, ay = -axes[k].dot(u) * size;
            canvas.line(cx, cy, cx + ax, cy + ay, 2f * ui, colors[k], 1f);
            canvas.text(
                    font,
                    (int) (cx + ax * 1.35f) - font.cellWidth / 2,
                    (int) (cy + ay * 1.35f) - font.cellHeight / 2,
                    names[k],
                    colors[k]);
        }
        int extent = (int) (size + 11 * ui);
        return new ScreenBox((int) cx - extent, (int) cy - extent, 2 * extent + 1, 2 * extent + 1);
    }

    static int display(Color c) {
        int r = Math.round(Math.max(0, Math.min(1, c.r())) * 255);
        int g = Math.round(Math.max(0, Math.min(1, c.g())) * 255);
        int b = Math.round(Math.max(0, Math.min(1, c.b())) * 255);
        return (r << 16) | (g << 8) | b;
    }
}
