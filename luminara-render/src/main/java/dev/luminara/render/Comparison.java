package dev.luminara.render;

import java.util.List;
import java.util.Locale;

/**
 * What changed between two captures: a heat map of the pixel differences over the dimmed after image, with the
 * changed regions boxed and labelled; the regions as data; and the caller's entity-level changes placed on screen.
 *
 * @param changedFraction changed pixels over all pixels
 */
public record Comparison(
        Image heatMap,
        long changedPixels,
        double changedFraction,
        List<ChangedRegion> regions,
        List<ChangeOnScreen> changes) {

    public Comparison {
        regions = List.copyOf(regions);
        changes = List.copyOf(changes);
    }

    /** Regions that no listed change accounts for: side effects, or changes the caller did not report. */
    public List<ChangedRegion> unexplainedRegions() {
        return regions.stream().filter(r -> !r.explained()).toList();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%d pixels changed (%.2f%%) in %d region%s%n",
                changedPixels,
                changedFraction * 100,
                regions.size(),
                regions.size() == 1 ? "" : "s"));
        for (int i = 0; i < regions.size(); i++) {
            ChangedRegion r = regions.get(i);
            sb.append(String.format(
                    Locale.ROOT,
                    "  #%d %s: %d px, max difference %d, %s%n",
                    i + 1,
                    r.box(),
                    r.pixels(),
                    r.maxDifference(),
                    r.explained() ? "explained by " + r.explainedBy() : "not explained by any listed change"));
        }
        for (ChangeOnScreen c : changes) {
            EntityChange ch = c.change();
            sb.append(String.format(
                    Locale.ROOT,
                    "  %s %s %s%s: before %s, after %s, %s%n",
                    ch.kind().name().toLowerCase(Locale.ROOT),
                    ch.entity(),
                    ch.label(),
                    ch.components().isEmpty() ? "" : " " + ch.components(),
                    c.before() == null ? "not drawn" : c.before(),
                    c.after() == null ? "not drawn" : c.after(),
                    c.visible()
                            ? "regions "
                                    + c.regions().stream()
                                            .map(i -> "#" + (i + 1))
                                            .toList()
                            : "no visible effect"));
        }
        return sb.toString();
    }
}
