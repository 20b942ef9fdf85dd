package dev.luminara.ai.spatial;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * A uniform grid over the XZ plane of cached world positions, rebuilt by {@link #refresh()} when a Transform changed
 * or the entity count did; queries skip entities despawned since. It serves until the engine's spatial index lands.
 */
public final class GridSpatialLookup implements SpatialLookup {
    private static final Comparator<SpatialHit> NEAREST_FIRST = Comparator.comparingDouble(SpatialHit::distance)
            .thenComparing(SpatialHit::entity);

    private final World world;
    private Entity[] entities = new Entity[0];
    private float[] xs = new float[0], ys = new float[0], zs = new float[0];
    private int[] cellStart = new int[1];
    private int[] items = new int[0];
    private float minX, minZ, cell = 1;
    private int nx = 1, nz = 1;
    private long seenTick = -1;
    private int seenCount = -1;

    public GridSpatialLookup(World world) {
        this.world = world;
    }

    @Override
    public void refresh() {
        if (seenTick >= 0
                && seenCount == world.entityCount()
                && world.query(Transform.class).changedSince(Transform.class, seenTick).count() == 0) {
            return;
        }
        List<Entity> with = world.query(Transform.class).entities();
        int n = with.size();
        entities = with.toArray(new Entity[0]);
        xs = new float[n];
        ys = new float[n];
        zs = new float[n];
        float maxX = -Float.MAX_VALUE, maxZ = -Float.MAX_VALUE;
        minX = Float.MAX_VALUE;
        minZ = Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Vec3 p = Positions.of(world, entities[i]).orElse(Vec3.ZERO);
            xs[i] = p.x();
            ys[i] = p.y();
            zs[i] = p.z();
            minX = Math.min(minX, p.x());
            minZ = Math.min(minZ, p.z());
            maxX = Math.max(maxX, p.x());
            maxZ = Math.max(maxZ, p.z());
        }
        if (n == 0) {
            minX = minZ = 0;
            maxX = maxZ = 1;
        }
        float w = Math.max(maxX - minX, 1e-3f), d = Math.max(maxZ - minZ, 1e-3f);
        cell = (float) Math.max(1e-3, Math.sqrt(w * d / Math.max(1, n)) * 2);
        nx = Math.min(4096, (int) (w / cell) + 1);
        nz = Math.min(4096, (int) (d / cell) + 1);
        cell = Math.max(w / nx, d / nz) * 1.0001f;
        int[] counts = new int[nx * nz + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cellIndex(cx(xs[i]), cz(zs[i]));
            counts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < nx * nz; c++) counts[c + 1] += counts[c];
        cellStart = counts.clone();
        items = new int[n];
        int[] fill = counts;
        for (int i = 0; i < n; i++) items[fill[cellOf[i]]++] = i;
        seenTick = world.checkpoint();
        seenCount = world.entityCount();
    }

    private int cx(float x) {
        return Math.max(0, Math.min(nx - 1, (int) ((x - minX) / cell)));
    }

    private int cz(float z) {
        return Math.max(0, Math.min(nz - 1, (int) ((z - minZ) / cell)));
    }

    private int cellIndex(int x, int z) {
        return x + z * nx;
    }

    @Override
    public List<SpatialHit> nearest(Vec3 point, int k, Predicate<Entity> filter) {
        if (k <= 0) return List.of();
        PriorityQueue<SpatialHit> best = new PriorityQueue<>(NEAREST_FIRST.reversed());
        int px = cx(point.x()), pz = cz(point.z());
        int maxRing = Math.max(nx, nz);
        for (int ring = 0; ring <= maxRing; ring++) {
            if (best.size() == k && (ring - 1) * cell > best.peek().distance()) break;
            for (int z = pz - ring; z <= pz + ring; z++) {
                if (z < 0 || z >= nz) continue;
                boolean edgeRow = z == pz - ring || z == pz + ring;
                for (int x = px - ring; x <= px + ring; x += edgeRow ? 1 : Math.max(1, 2 * ring)) {
                    if (x < 0 || x >= nx) continue;
                    visit(cellIndex(x, z), point, k, filter, best);
                }
            }
        }
        List<SpatialHit> out = new ArrayList<>(best);
        out.sort(NEAREST_FIRST);
        return out;
    }

    private void visit(int c, Vec3 p, int k, Predicate<Entity> filter, PriorityQueue<SpatialHit> best) {
        for (int j = cellStart[c]; j < cellStart[c + 1]; j++) {
            int i = items[j];
            float dx = xs[i] - p.x(), dy = ys[i] - p.y(), dz = zs[i] - p.z();
            float dist = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (best.size() == k && NEAREST_FIRST.compare(new SpatialHit(entities[i], dist), best.peek()) >= 0) {
                continue;
            }
            if (!world.isAlive(entities[i]) || !filter.test(entities[i])) continue;
            best.add(new SpatialHit(entities[i], dist));
            if (best.size() > k) best.poll();
        }
    }

    @Override
    public List<SpatialHit> withinRadius(Vec3 point, float radius) {
        List<SpatialHit> out = new ArrayList<>();
        int x0 = cx(point.x() - radius), x1 = cx(point.x() + radius);
        int z0 = cz(point.z() - radius), z1 = cz(point.z() + radius);
        float r2 = radius * radius;
        for (int z = z0; z <= z1; z++) {
            for (int x = x0; x <= x1; x++) {
                int c = cellIndex(x, z);
                for (int j = cellStart[c]; j < cellStart[c + 1]; j++) {
                    int i = items[j];
                    float dx = xs[i] - point.x(), dy = ys[i] - point.y(), dz = zs[i] - point.z();
                    float d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 <= r2 && world.isAlive(entities[i])) {
                        out.add(new SpatialHit(entities[i], (float) Math.sqrt(d2)));
                    }
                }
            }
        }
        out.sort(NEAREST_FIRST);
        return out;
    }
}
