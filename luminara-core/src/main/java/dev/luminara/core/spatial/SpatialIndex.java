package dev.luminara.core.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.Snapshottable;
import dev.luminara.core.World;
import dev.luminara.core.internal.LongList;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Nearest, within-radius and box queries over entity positions, backed by a uniform hash grid whose cell size adapts
 * to the data.
 *
 * <p>An entity's position is its {@code GlobalTransform} position; an entity without one uses its {@code Transform}
 * unless it has a {@code Parent} (then its world position is unknown until transform propagation runs). Entities whose
 * position is not finite are never returned.
 *
 * <p>Queries answer for the world as of the last {@link #refresh}. {@link SpatialPlugin} keeps the world's resource
 * current after transform propagation each frame; {@link #of(World)} builds one for any world (a fork, say).
 * {@code refresh} is incremental: it reads only GlobalTransforms whose change tick moved, and rebuilds from scratch
 * when the world's change history is incomplete (after a snapshot restore), when given another world, or when the
 * population has changed enough for another cell size to fit better.
 *
 * <p>Results are deterministic: hits are ordered by distance, ties by entity index. As a resource the index is copied
 * with snapshots and forks copy-on-write, so taking a snapshot costs nothing until one side refreshes.
 */
public final class SpatialIndex implements Snapshottable<SpatialIndex> {
    private static final int RESIZE_MIN = 64;

    private PointGrid grid;
    private boolean shared;
    private World world;
    private long syncedAt;
    private int stamp;
    private int sizedFor;
    private double sizedOccupancy;

    /** An empty index; {@link #refresh} fills it. */
    public SpatialIndex() {
        grid = new PointGrid(1, 0);
    }

    private SpatialIndex(SpatialIndex source) {
        grid = source.grid;
        shared = true;
        world = source.world;
        syncedAt = source.syncedAt;
        stamp = source.stamp;
        sizedFor = source.sizedFor;
        sizedOccupancy = source.sizedOccupancy;
    }

    /** A new index over {@code world}'s current positions. */
    public static SpatialIndex of(World world) {
        SpatialIndex index = new SpatialIndex();
        index.refresh(world);
        return index;
    }

    /** Brings the index up to date with {@code world}: incrementally when it can, by a rebuild when it must. */
    public void refresh(World world) {
        Objects.requireNonNull(world, "world");
        long now = world.tick();
        if (world != this.world || !world.changesCompleteSince(syncedAt)) {
            rebuild(world);
        } else {
            if (shared) grid = grid.copy();
            GridSync.update(world, grid, syncedAt - 1, ++stamp);
            shared = false;
            if (needsResize()) rebuild(world);
        }
        this.world = world;
        syncedAt = now;
    }

    private void rebuild(World world) {
        grid = GridSync.rebuild(world);
        shared = false;
        sizedFor = grid.placed();
        sizedOccupancy = grid.occupancy();
    }

    private boolean needsResize() {
        int n = grid.placed();
        if (n > 2L * sizedFor + RESIZE_MIN) return true;
        if (n < RESIZE_MIN) return false;
        double occupancy = grid.occupancy();
        return occupancy > 4 * sizedOccupancy || 4 * occupancy < sizedOccupancy;
    }

    // ---- queries ----

    /** The {@code k} nearest entities to {@code point} accepted by {@code filter}, nearest first. */
    public List<SpatialHit> nearest(Vec3 point, int k, Predicate<Entity> filter) {
        requireFinite(point, "point");
        Objects.requireNonNull(filter, "filter");
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        int capacity = Math.min(k, grid.placed());
        if (capacity == 0) return List.of();
        NearestHeap best = new NearestHeap(capacity);
        grid.nearest(point.x(), point.y(), point.z(), filter, best);
        return hits(best.sorted());
    }

    /** The {@code k} nearest entities to {@code point}, nearest first. */
    public List<SpatialHit> nearest(Vec3 point, int k) {
        return nearest(point, k, e -> true);
    }

    /** The nearest entity to {@code point} accepted by {@code filter}, if any. */
    public Optional<SpatialHit> nearest(Vec3 point, Predicate<Entity> filter) {
        List<SpatialHit> one = nearest(point, 1, filter);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** Entities at most {@code radius} from {@code point}, nearest first. */
    public List<SpatialHit> withinRadius(Vec3 point, float radius) {
        requireFinite(point, "point");
        if (!(radius >= 0) || Float.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be finite and >= 0, got " + radius);
        }
        LongList keys = new LongList();
        grid.withinRadius(point.x(), point.y(), point.z(), radius, keys);
        keys.sort();
        long[] sorted = new long[keys.size()];
        for (int i = 0; i < sorted.length; i++) sorted[i] = keys.get(i);
        return hits(sorted);
    }

    /** Entities whose position lies in the axis-aligned box (bounds included), in entity-index order. */
    public List<Entity> inBox(Vec3 min, Vec3 max) {
        requireFinite(min, "min");
        requireFinite(max, "max");
        if (min.x() > max.x() || min.y() > max.y() || min.z() > max.z()) {
            throw new IllegalArgumentException("box min " + min + " exceeds max " + max + " on some axis");
        }
        LongList indices = new LongList();
        grid.inBox(min.x(), min.y(), min.z(), max.x(), max.y(), max.z(), indices);
        indices.sort();
        List<Entity> out = new ArrayList<>(indices.size());
        for (int i = 0; i < indices.size(); i++) out.add(grid.entity((int) indices.get(i)));
        return out;
    }

    /** The position the index holds for {@code entity}, if it holds this generation of it with a finite position. */
    public Optional<Vec3> position(Entity entity) {
        int i = entity.index();
        if (grid.generationAt(i) != entity.generation() || !grid.isPlaced(i)) return Optional.empty();
        return Optional.of(new Vec3(grid.coordinate(i, 0), grid.coordinate(i, 1), grid.coordinate(i, 2)));
    }

    /** Entities the queries can return. */
    public int size() {
        return grid.placed();
    }

    /** The grid's current cell edge, in metres (chosen for about four entities per occupied cell). */
    public double cellSize() {
        return grid.cellSize();
    }

    /** A copy that shares this index's grid until either refreshes (snapshots and forks copy resources). */
    @Override
    public SpatialIndex copy() {
        shared = true;
        return new SpatialIndex(this);
    }

    private List<SpatialHit> hits(long[] keys) {
        List<SpatialHit> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            out.add(new SpatialHit(grid.entity(HitKey.index(key)), HitKey.distance(key)));
        }
        return out;
    }

    private static void requireFinite(Vec3 v, String what) {
        Objects.requireNonNull(v, what);
        if (!v.isFinite()) throw new IllegalArgumentException(what + " must be finite, got " + v);
    }
}
