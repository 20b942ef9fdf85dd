package dev.luminara.render.internal;

import dev.luminara.render.Capture;
import dev.luminara.render.Image;
import dev.luminara.render.RenderException;
import java.util.Arrays;
import java.util.List;

/** Lays captures out in a grid, each under a title bar naming its view: one image that shows every angle. */
public final class SheetComposer {
    static final int GAP = 4;
    static final int BACKGROUND = 0x1B1F24;

    private SheetComposer() {}

    public static Image compose(List<Capture> captures) {
        if (captures.isEmpty()) throw new RenderException("a contact sheet needs at least one capture");
        BitmapFont font = BitmapFont.DEFAULT;
        int cw = 0, ch = 0;
        for (Capture c : captures) {
            cw = Math.max(cw, c.image().width());
            ch = Math.max(ch, c.image().height());
        }
        int n = captures.size();
        int cols = n == 1 ? 1 : (n <= 4 ? 2 : 3);
        int rows = (n + cols - 1) / cols;
        int title = font.cellHeight + 6;
        int w = cols * cw + (cols + 1) * GAP, h = rows * (ch + title) + (rows + 1) * GAP;
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, BACKGROUND);
        Canvas canvas = new Canvas(w, h, rgb);
        for (int k = 0; k < n; k++) {
            Capture c = captures.get(k);
            int x0 = GAP + (k % cols) * (cw + GAP), y0 = GAP + (k / cols) * (ch + title + GAP);
            String text = c.angle().shortName() + "  (" + c.description().inFrame() + ")";
            int fits = Math.max(0, (cw - 8) / font.cellWidth);
            if (text.length() > fits) text = text.substring(0, fits);
            canvas.text(font, x0 + 4, y0 + 3, text, Canvas.TEXT);
            Image img = c.image();
            for (int y = 0; y < img.height(); y++) {
                for (int x = 0; x < img.width(); x++) rgb[(y0 + title + y) * w + x0 + x] = img.rgb(x, y);
            }
        }
        return Image.of(w, h, rgb);
    }
}
