package dev.luminara.render.internal;

import dev.luminara.render.ScreenBox;

/** 2D drawing on an RGB pixel array (0xRRGGBB), clipped to the image: what annotations and heat maps are drawn with. */
final class Canvas {
    static final int PANEL = 0x11161C;
    static final int TEXT = 0xF4F6F8;
    static final int NO_STRIPE = -1;
    final int width;
    final int height;
    final int[] rgb;

    Canvas(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Blends colour over pixel (x, y) with opacity a in 0..1. */
    void blend(int x, int y, int color, float a) {
        if (x < 0 || y < 0 || x >= width || y >= height || a <= 0) return;
        int i = y * width + x;
        if (a >= 1) {
            rgb[i] = color & 0xFFFFFF;
            return;
        }
        int p = rgb[i];
        int r = mixChannel((p >> 16) & 255, (color >> 16) & 255, a);
        int g = mixChannel((p >> 8) & 255, (color >> 8) & 255, a);
        int b = mixChannel(p & 255, color & 255, a);
        rgb[i] = (r << 16) | (g << 8) | b;
    }

    private static int mixChannel(int from, int to, float a) {
        return (int) (from + (to - from) * a + 0.5f);
    }

    void fillRect(int x, int y, int w, int h, int color, float a) {
        int x0 = Math.max(0, x), y0 = Math.max(0, y), x1 = Math.min(width, x + w), y1 = Math.min(height, y + h);
        for (int yy = y0; yy < y1; yy++) {
            for (int xx = x0; xx < x1; xx++) blend(xx, yy, color, a);
        }
    }

    /** Outline of the rectangle spanning x..x+w-1, y..y+h-1, {@code t} pixels thick, drawn inwards. */
    void strokeRect(int x, int y, int w, int h, int t, int color, float a) {
        fillRect(x, y, w, t, color, a);
        fillRect(x, y + h - t, w, t, color, a);
        fillRect(x, y + t, t, h - 2 * t, color, a);
        fillRect(x + w - t, y + t, t, h - 2 * t, color, a);
    }

    /** A dashed outline: {@code dash} pixels on, {@code dash} off. */
    void dashRect(int x, int y, int w, int h, int t, int dash, int color, float a) {
        for (int k = 0; k < w; k += dash * 2) {
            fillRect(x + k, y, Math.min(dash, w - k), t, color, a);
            fillRect(x + k, y + h - t, Math.min(dash, w - k), t, color, a);
        }
        for (int k = 0; k < h; k += dash * 2) {
            fillRect(x, y + k, t, Math.min(dash, h - k), color, a);
            fillRect(x + w - t, y + k, t, Math.min(dash, h - k), color, a);
        }
    }

    /** An antialiased line of width {@code t} (distance-to-segment coverage). */
    void line(float x0, float y0, float x1, float y1, float t, int color, float a) {
        float r = t * 0.5f;
        int minX = (int) Math.floor(Math.min(x0, x1) - r - 1), maxX = (int) Math.ceil(Math.max(x0, x1) + r + 1);
        int minY = (int) Math.floor(Math.min(y0, y1) - r - 1), maxY = (int) Math.ceil(Math.max(y0, y1) + r + 1);
        minX = Math.max(0, minX);
        minY = Math.max(0, minY);
        maxX = Math.min(width - 1, maxX);
        maxY = Math.min(height - 1, maxY);
        float dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                float px = x + 0.5f - x0, py = y + 0.5f - y0;
                float t01 = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
                float ex = px - dx * t01, ey = py - dy * t01;
                float dist = (float) Math.sqrt(ex * ex + ey * ey);
                float cover = Math.max(0, Math.min(1, r + 0.5f - dist));
                if (cover > 0) blend(x, y, color, cover * a);
            }
        }
    }

    /** A filled antialiased disc. */
    void disc(float cx, float cy, float radius, int color, float a) {
        ring(cx, cy, radius, radius + 1, color, a);
    }

    /** An antialiased annulus between inner radius {@code r0} (0 for a disc) and outer {@code r1}. */
    void ring(float cx, float cy, float r0, float r1, int color, float a) {
        boolean disc = r1 == r0 + 1;
        float outer = disc ? r0 : r1;
        int minX = (int) Math.floor(cx - outer - 1), maxX = (int) Math.ceil(cx + outer + 1);
        int minY = (int) Math.floor(cy - outer - 1), maxY = (int) Math.ceil(cy + outer + 1);
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
                float d = (float) Math.sqrt(dx * dx + dy * dy);
                float cover = Math.max(0, Math.min(1, outer + 0.5f - d));
                if (!disc) cover = Math.min(cover, Math.max(0, Math.min(1, d - r0 + 0.5f)));
                if (cover > 0) blend(x, y, color, cover * a);
            }
        }
    }

    /** Text with its cell's top-left corner at (x, y). */
    void text(BitmapFont font, int x, int y, String s, int color) {
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            int ox = x + k * font.cellWidth;
            if (ch == ' ') continue;
            for (int gy = 0; gy < font.cellHeight; gy++) {
                for (int gx = 0; gx < font.cellWidth; gx++) {
                    int c = font.coverage(ch, gx, gy);
                    if (c > 0) blend(ox + gx, y + gy, color, c / 255f);
                }
            }
        }
    }

    static int panelWidth(BitmapFont font, String text) {
        return font.width(text) + 10;
    }

    static int panelHeight(BitmapFont font) {
        return font.cellHeight + 2;
    }

    /**
     * A text panel (labels, headers): dark translucent background, a coloured stripe down its left side unless
     * {@code stripe} is {@link #NO_STRIPE}, and the text. Returns the area it covers.
     */
    ScreenBox panel(BitmapFont font, int x, int y, String text, int stripe, int textColor) {
        int w = panelWidth(font, text), h = panelHeight(font);
        fillRect(x, y, w, h, PANEL, 0.8f);
        if (stripe != NO_STRIPE) fillRect(x, y, 3, h, stripe, 1f);
        text(font, x + 6, y + 1, text, textColor);
        return new ScreenBox(x, y, w, h);
    }
}
