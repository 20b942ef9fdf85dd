package dev.luminara.render;

import java.util.List;

/**
 * One entity-level change next to where it shows.
 *
 * @param before its screen box in the before capture, or null when it was not drawn there
 * @param after its screen box in the after capture, or null
 * @param regions indexes into {@link Comparison#regions()} of the regions it explains
 */
public record ChangeOnScreen(EntityChange change, ScreenBox before, ScreenBox after, List<Integer> regions) {
    public ChangeOnScreen {
        regions = List.copyOf(regions);
    }

    /** Whether the change shows in the images at all (a renamed entity, say, changes no pixel). */
    public boolean visible() {
        return !regions.isEmpty();
    }
}
