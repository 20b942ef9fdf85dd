package dev.luminara.render.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Makes the font atlas {@link BitmapFont} reads (run by hand, not a test): glyphs ' ' to '~' of DejaVu Sans Mono
 * Bold, antialiased, one row of equal cells. Needs the font installed (Debian: fonts-dejavu-core).
 *
 * <pre>java -Djava.awt.headless=true luminara-render/src/test/java/dev/luminara/render/internal/FontAtlasTool.java
 *     13 luminara-render/src/main/resources/dev/luminara/render/internal/font-mono-bold-13.png</pre>
 */
public final class FontAtlasTool {
    private FontAtlasTool() {}

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Font font = new Font("DejaVu Sans Mono", Font.BOLD, size);
        Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        probe.setFont(font);
        FontMetrics fm = probe.getFontMetrics();
        int cw = fm.charWidth('M'), ch = fm.getAscent() + fm.getDescent();
        int glyphs = BitmapFont.LAST - BitmapFont.FIRST + 1;
        BufferedImage img = new BufferedImage(cw * glyphs, ch, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setColor(Color.WHITE);
        g.setFont(font);
        for (int c = BitmapFont.FIRST; c <= BitmapFont.LAST; c++) {
            g.drawString(String.valueOf((char) c), (c - BitmapFont.FIRST) * cw, fm.getAscent());
        }
        ImageIO.write(img, "png", new File(args[1]));
    }
}
