package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.render.ChangeOnScreen;
import dev.luminara.render.ChangedRegion;
import dev.luminara.render.Comparison;
import dev.luminara.render.DiffSettings;
import dev.luminara.render.EntityChange;
import dev.luminara.render.Image;
import dev.luminara.render.ImageSizeMismatchException;
import dev.luminara.render.ScreenBox;
import dev.luminara.render.ViewDescription;
import dev.luminara.render.VisibleEntity;
import dev.luminara.render.VisibleLight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Before/after comparison: per-pixel difference (largest channel difference), changed regions, and attribution of
 * each region to the listed entity changes whose before or after screen box overlaps it. A changed light explains
 * every region, since light reaches everywhere it shines.
 */
public final class ImageDiff {
    /** Half size of the box standing for a light's screen position. */
    static final int LIGHT_BOX = 8;

    private ImageDiff() {}

    public static Comparison compare(
            Image before,
            Image after,
            ViewDescription db,
            ViewDescription da,
            List<EntityChange> changes,
            DiffSettings s) {
        if (before.width() != after.width() || before.height() != after.height()) {
            throw new ImageSizeMismatchException(before.width(), before.height(), after.width(), after.height());
        }
        int w = after.width(), h = after.height();
        int[] a = before.pixels(), b = after.pixels();
        int[] diff = new int[w * h];
        long changed = 0;
        for (int i = 0; i < diff.length; i++) {
            int p = a[i], q = b[i];
            int d = Math.max(
                    Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
                    Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
            diff[i] = d;
            if (d > s.threshold()) changed++;
        }
        List<RegionFinder.Region> found =
                RegionFinder.find(diff, w, h, s.threshold(), s.mergeDistance(), s.minPixels());

        List<EntityChange> named = new ArrayList<>();
        for (EntityChange c : changes) named.add(withName(c, db, da));
        List<ChangedRegion> regions = new ArrayList<>();
        List<List<Integer>> explains = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) explains.add(new ArrayList<>());
        for (int r = 0; r < found.size(); r++) {
            ScreenBox box = found.get(r).box();
            List<Entity> explainedBy = new ArrayList<>();
            for (int k = 0; k < named.size(); k++) {
                EntityChange c = named.get(k);
                if (isLight(c.entity(), db, da)
                        || overlaps(screenBox(c.entity(), db), box, s.mergeDistance())
                        || overlaps(screenBox(c.entity(), da), box, s.mergeDistance())) {
                    if (!explainedBy.contains(c.entity())) explainedBy.add(c.entity());
                    explains.get(k).add(r);
                }
            }
            regions.add(new ChangedRegion(
                    box, found.get(r).pixels(), found.get(r).maxDifference(), overlapping(box, db, da), explainedBy));
        }
        List<ChangeOnScreen> onScreen = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) {
            EntityChange c = named.get(k);
            onScreen.add(new ChangeOnScreen(c, screenBox(c.entity(), db), screenBox(c.entity(), da), explains.get(k)));
        }
        Image heat = HeatMap.draw(after, diff, s.threshold(), regions, onScreen, changed);
        return new Comparison(heat, changed, changed / (double) (w * (long) h), regions, onScreen);
    }

    private static EntityChange withName(EntityChange c, ViewDescription db, ViewDescription da) {
        if (c.name() != null) return c;
        String name = nameIn(c.entity(), da);
        if (name == null) name = nameIn(c.entity(), db);
        return name == null ? c : new EntityChange(c.entity(), name, c.kind(), c.components());
    }

    private static String nameIn(Entity e, ViewDescription d) {
        if (d == null) return null;
        var v = d.entity(e);
        if (v.isPresent()) return v.get().name();
        return d.light(e).map(VisibleLight::name).orElse(null);
    }

    private static boolean isLight(Entity e, ViewDescription db, ViewDescription da) {
        return (db != null && db.light(e).isPresent())
                || (da != null && da.light(e).isPresent());
    }

    /** Where an entity shows in a capture: its mesh box, or a small box around a light's position. */
    static ScreenBox screenBox(Entity e, ViewDescription d) {
        if (d == null) return null;
        var v = d.entity(e);
        if (v.isPresent()) return v.get().box();
        var l = d.light(e);
        if (l.isPresent() && l.get().screen() != null) {
            var p = l.get().screen();
            return new ScreenBox(p.x() - LIGHT_BOX, p.y() - LIGHT_BOX, 2 * LIGHT_BOX + 1, 2 * LIGHT_BOX + 1);
        }
        return null;
    }

    private static boolean overlaps(ScreenBox entity, ScreenBox region, int gap) {
        return entity != null && entity.near(region, gap);
    }

    /** Entities drawn over the region before or after, smallest first (the specific ones before floors and walls). */
    private static List<Entity> overlapping(ScreenBox region, ViewDescription db, ViewDescription da) {
        TreeMap<Entity, Long> area = new TreeMap<>();
        for (ViewDescription d : new ViewDescription[] {db, da}) {
            if (d == null) continue;
            for (VisibleEntity v : d.entities()) {
                ScreenBox vis = v.visibleBox();
                if (vis != null && vis.intersects(region)) area.merge(v.entity(), vis.area(), Math::min);
            }
        }
        List<Entity> out = new ArrayList<>(area.keySet());
        out.sort(Comparator.comparingLong((Entity e) -> area.get(e)).thenComparing(e -> e));
        return out;
    }
}
