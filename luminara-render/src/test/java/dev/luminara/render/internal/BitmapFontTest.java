package dev.luminara.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BitmapFontTest {
    @Test
    void theBundledAtlasHasEveryPrintableAsciiGlyph() {
        BitmapFont f = BitmapFont.DEFAULT;
        assertThat(f.cellWidth).isEqualTo(8);
        assertThat(f.cellHeight).isEqualTo(17);
        for (char c = '!'; c <= '~'; c++) {
            int ink = 0;
            for (int y = 0; y < f.cellHeight; y++) for (int x = 0; x < f.cellWidth; x++) ink += f.coverage(c, x, y);
            assertThat(ink).as("ink of '%s'", c).isPositive();
        }
        assertThat(f.width("player")).isEqualTo(48);
    }

    @Test
    void textIsDrawnWhereAsked() {
        int[] rgb = new int[40 * 20];
        Canvas canvas = new Canvas(40, 20, rgb);
        canvas.text(BitmapFont.DEFAULT, 10, 1, "H", 0xFFFFFF);
        int inside = 0, outside = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                if (rgb[y * 40 + x] == 0) continue;
                if (x >= 10 && x < 18) inside++;
                else outside++;
            }
        }
        assertThat(inside).isGreaterThan(10);
        assertThat(outside).isZero();
    }
}
