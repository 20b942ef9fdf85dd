package dev.luminara.render.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A monospaced antialiased font baked into an image (DejaVu Sans Mono Bold, 13 px; glyphs ' ' to '~' in one row),
 * so that text looks the same on every machine and needs no system fonts or display. Other characters draw as '?'.
 * The atlas is made by {@code FontAtlasTool} in this module's tests.
 */
final class BitmapFont {
    static final String RESOURCE = "font-mono-bold-13.png";
    static final int FIRST = 32;
    static final int LAST = 126;

    static final BitmapFont DEFAULT = load(RESOURCE);

    final int cellWidth;
    final int cellHeight;
    /** Coverage 0..255, row-major over the whole atlas. */
    private final byte[] coverage;

    private final int atlasWidth;

    private BitmapFont(int cellWidth, int cellHeight, int atlasWidth, byte[] coverage) {
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.atlasWidth = atlasWidth;
        this.coverage = coverage;
    }

    static BitmapFont load(String resource) {
        try (InputStream in = BitmapFont.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font atlas " + resource + " missing from the jar");
            BufferedImage img = ImageIO.read(in);
            int glyphs = LAST - FIRST + 1;
            if (img.getWidth() % glyphs != 0) {
                throw new IllegalStateException("font atlas " + resource + " is " + img.getWidth()
                        + " px wide, not a multiple of " + glyphs + " glyphs");
            }
            byte[] cov = new byte[img.getWidth() * img.getHeight()];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    cov[y * img.getWidth() + x] = (byte) (img.getRaster().getSample(x, y, 0));
                }
            }
            return new BitmapFont(img.getWidth() / glyphs, img.getHeight(), img.getWidth(), cov);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int width(String text) {
        return text.length() * cellWidth;
    }

    /** Coverage 0..255 of glyph {@code ch} at (gx, gy) inside its cell. */
    int coverage(char ch, int gx, int gy) {
        int g = (ch < FIRST || ch > LAST) ? '?' - FIRST : ch - FIRST;
        return coverage[gy * atlasWidth + g * cellWidth + gx] & 255;
    }
}
