package dev.luminara.core.spatial;

import dev.luminara.core.Chunk;
import dev.luminara.core.Query;
import dev.luminara.core.World;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import java.util.Arrays;

/**
 * Reads positions from a world into a {@link PointGrid}: all at once, or only what changed after a tick. An entity's
 * position is its GlobalTransform's; an entity without one uses its Transform, unless it has a Parent (its world
 * position is unknown until transform propagation writes the GlobalTransform).
 */
final class GridSync {
    static final byte FROM_GLOBAL = 1;
    static final byte FROM_LOCAL = 2;

    private GridSync() {}

    private static Query globals(World world) {
        return world.query(GlobalTransform.class);
    }

    private static Query locals(World world) {
        return world.query(Transform.class).without(GlobalTransform.class, Parent.class);
    }

    /** A new grid holding every positioned entity, with a cell size chosen for them. */
    static PointGrid rebuild(World world) {
        Gathered all = new Gathered();
        globals(world).forEachChunk(chunk -> all.addChunk(chunk, GlobalTransform.class, FROM_GLOBAL));
        locals(world).forEachChunk(chunk -> all.addChunk(chunk, Transform.class, FROM_LOCAL));
        PointGrid grid = new PointGrid(all.cellSize(), all.maxIndex + 1);
        for (int i = 0; i < all.n; i++) {
            grid.put(all.index[i], all.generation[i], all.xs[i], all.ys[i], all.zs[i], all.source[i]);
        }
        return grid;
    }

    /**
     * Applies what changed after tick {@code since}: moved GlobalTransforms (their change ticks say "really moved"),
     * every entity placed by its Transform (few, normally: propagation gives them a GlobalTransform within a frame), and
     * a sweep for despawned or unpositioned entities, run only when the counts say something left.
     */
    static void update(World world, PointGrid grid, long since, int stamp) {
        globals(world)
                .changedSince(GlobalTransform.class, since)
                .forEach(
                        GlobalTransform.class,
                        (e, g) -> grid.put(
                                e.index(),
                                e.generation(),
                                g.position().x(),
                                g.position().y(),
                                g.position().z(),
                                FROM_GLOBAL));
        locals(world).forEachChunk(chunk -> {
            float[] x = chunk.floats(Transform.class, "position.x");
            float[] y = chunk.floats(Transform.class, "position.y");
            float[] z = chunk.floats(Transform.class, "position.z");
            for (int row = 0; row < chunk.size(); row++) {
                var e = chunk.entity(row);
                if (grid.generationAt(e.index()) != e.generation()
                        || grid.sourceAt(e.index()) != FROM_LOCAL
                        || chunk.changedTick(row, Transform.class) > since) {
                    grid.put(e.index(), e.generation(), x[row], y[row], z[row], FROM_LOCAL);
                }
            }
        });
        // every positioned entity is now tracked, so equal counts mean nothing tracked has gone
        if (grid.tracked() != globals(world).count() + locals(world).count()) {
            globals(world).forEachChunk(chunk -> markSeen(chunk, grid, stamp));
            locals(world).forEachChunk(chunk -> markSeen(chunk, grid, stamp));
            grid.removeUnseen(stamp);
        }
    }

    private static void markSeen(Chunk chunk, PointGrid grid, int stamp) {
        for (int row = 0; row < chunk.size(); row++) {
            var e = chunk.entity(row);
            if (grid.generationAt(e.index()) == e.generation()) grid.markSeen(e.index(), stamp);
        }
    }

    /** Positions gathered for a rebuild, in storage order. */
    private static final class Gathered {
        int n;
        int maxIndex = -1;
        int[] index = new int[64];
        int[] generation = new int[64];
        byte[] source = new byte[64];
        float[] xs = new float[64];
        float[] ys = new float[64];
        float[] zs = new float[64];

        void addChunk(Chunk chunk, Class<? extends Record> type, byte from) {
            float[] x = chunk.floats(type, "position.x");
            float[] y = chunk.floats(type, "position.y");
            float[] z = chunk.floats(type, "position.z");
            for (int row = 0; row < chunk.size(); row++) {
                var e = chunk.entity(row);
                if (n == index.length) grow();
                index[n] = e.index();
                generation[n] = e.generation();
                source[n] = from;
                xs[n] = x[row];
                ys[n] = y[row];
                zs[n] = z[row];
                maxIndex = Math.max(maxIndex, e.index());
                n++;
            }
        }

        /** The cell size for the finite positions among those gathered. */
        double cellSize() {
            float[] fx = new float[n], fy = new float[n], fz = new float[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (Float.isFinite(xs[i]) && Float.isFinite(ys[i]) && Float.isFinite(zs[i])) {
                    fx[m] = xs[i];
                    fy[m] = ys[i];
                    fz[m] = zs[i];
                    m++;
                }
            }
            return CellSizing.choose(fx, fy, fz, m);
        }

        private void grow() {
            int cap = index.length * 2;
            index = Arrays.copyOf(index, cap);
            generation = Arrays.copyOf(generation, cap);
            source = Arrays.copyOf(source, cap);
            xs = Arrays.copyOf(xs, cap);
            ys = Arrays.copyOf(ys, cap);
            zs = Arrays.copyOf(zs, cap);
        }
    }
}
