package dev.luminara.render.internal;

import dev.luminara.render.ScreenBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy placement of text labels without overlaps: each label tries a few spots around its anchor box (above,
 * below, inside, right, then further down) and takes the first one that is inside the image and free. Labels are
 * placed in the order given, so callers put the important ones first.
 */
final class LabelLayout {
    private final int width;
    private final int height;
    private final List<ScreenBox> taken = new ArrayList<>();
    private int dropped;

    LabelLayout(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Marks an area (an icon, the header) as occupied. */
    void reserve(ScreenBox box) {
        taken.add(box);
    }

    /** A free spot for a w x h label near {@code anchor}, or null when every candidate overlaps something. */
    ScreenBox place(ScreenBox anchor, int w, int h) {
        int[][] candidates = {
            {anchor.x(), anchor.y() - h - 1},
            {anchor.x(), anchor.maxY() + 2},
            {anchor.x() + 1, anchor.y() + 1},
            {anchor.maxX() + 3, anchor.y()},
            {anchor.x() - w - 3, anchor.y()},
            {anchor.x(), anchor.y() - 2 * h - 2},
            {anchor.x(), anchor.maxY() + h + 3},
            {anchor.maxX() + 3, anchor.y() + h + 1},
            {anchor.x() - w - 3, anchor.y() + h + 1}
        };
        for (int[] c : candidates) {
            int x = Math.max(0, Math.min(width - w, c[0]));
            int y = Math.max(0, Math.min(height - h, c[1]));
            ScreenBox box = new ScreenBox(x, y, w, h);
            if (free(box)) {
                taken.add(box);
                return box;
            }
        }
        dropped++;
        return null;
    }

    int dropped() {
        return dropped;
    }

    private boolean free(ScreenBox box) {
        for (ScreenBox t : taken) {
            if (t.intersects(box)) return false;
        }
        return true;
    }
}
