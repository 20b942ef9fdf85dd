package dev.luminara.ai.intent;

import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.ColliderShape;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A walkability grid on the ground plane around an anchor, built from the solid colliders that stand in the anchor's
 * way (those overlapping the height band of its body, grown by its radius). Cells reachable from the anchor's cell
 * through free cells are found by breadth-first search; a point on such a cell can be walked to.
 */
final class NavGrid {
    static final float DEFAULT_CELL = 0.5f;
    private static final float DEFAULT_AGENT_RADIUS = 0.3f;
    private static final float DEFAULT_AGENT_HEIGHT = 1.8f;
    private static final float STEP = 0.05f;

    private final float originX, originZ, cell, y;
    private final int size;
    private final boolean[] blocked;
    private final boolean[] reachable;
    private final int start;

    private NavGrid(float originX, float originZ, float cell, int size, float y, boolean[] blocked, int start) {
        this.originX = originX;
        this.originZ = originZ;
        this.cell = cell;
        this.size = size;
        this.y = y;
        this.blocked = blocked;
        this.start = start;
        this.reachable = flood();
    }

    /** The grid within {@code radius} of the anchor's position. */
    static NavGrid around(World world, Entity anchor, float radius) {
        Transform at = Positions.global(world, anchor).orElseThrow();
        Vec3 p = at.position();
        Box body = world.find(anchor, Collider.class).map(c -> box(c, at)).orElse(null);
        float agentRadius = body == null ? DEFAULT_AGENT_RADIUS : Math.max(body.halfX(), body.halfZ());
        float foot = body == null ? p.y() : p.y() - body.halfY();
        float top = foot + (body == null ? DEFAULT_AGENT_HEIGHT : 2 * body.halfY());
        float cell = Math.max(DEFAULT_CELL, radius / 100f);
        int size = 2 * (int) Math.ceil(radius / cell) + 1;
        float originX = p.x() - (size / 2) * cell - cell / 2, originZ = p.z() - (size / 2) * cell - cell / 2;
        boolean[] blocked = new boolean[size * size];
        List<Entity> colliders = world.query(Collider.class, Transform.class).entities();
        for (Entity e : colliders) {
            if (e.equals(anchor)) continue;
            Collider c = world.get(e, Collider.class);
            if (c.trigger()) continue;
            Transform t = Positions.global(world, e).orElseThrow();
            Box b = box(c, t);
            float cy = t.position().y();
            if (cy + b.halfY() <= foot + STEP || cy - b.halfY() >= top) continue; // floor below or roof above
            float x0 = t.position().x() - b.halfX() - agentRadius,
                    x1 = t.position().x() + b.halfX() + agentRadius;
            float z0 = t.position().z() - b.halfZ() - agentRadius,
                    z1 = t.position().z() + b.halfZ() + agentRadius;
            for (int iz = 0; iz < size; iz++) {
                float cz = originZ + (iz + 0.5f) * cell;
                if (cz < z0 || cz > z1) continue;
                for (int ix = 0; ix < size; ix++) {
                    float cx = originX + (ix + 0.5f) * cell;
                    if (cx >= x0 && cx <= x1) blocked[ix + iz * size] = true;
                }
            }
        }
        int centre = (size / 2) + (size / 2) * size;
        return new NavGrid(originX, originZ, cell, size, p.y(), blocked, centre);
    }

    private record Box(float halfX, float halfY, float halfZ) {}

    private static Box box(Collider c, Transform t) {
        Vec3 s = t.scale();
        if (c.shape() == ColliderShape.SPHERE) {
            float r = c.radius() * Math.max(Math.abs(s.x()), Math.max(Math.abs(s.y()), Math.abs(s.z())));
            return new Box(r, r, r);
        }
        Vec3 h = c.halfExtents();
        return new Box(Math.abs(h.x() * s.x()), Math.abs(h.y() * s.y()), Math.abs(h.z() * s.z()));
    }

    private boolean[] flood() {
        boolean[] seen = new boolean[size * size];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true; // the anchor stands there, whatever the inflated obstacles say
        queue.add(start);
        int[] dx = {1, -1, 0, 0}, dz = {0, 0, 1, -1};
        while (!queue.isEmpty()) {
            int c = queue.poll();
            int x = c % size, z = c / size;
            for (int d = 0; d < 4; d++) {
                int nx = x + dx[d], nz = z + dz[d];
                if (nx < 0 || nz < 0 || nx >= size || nz >= size) continue;
                int n = nx + nz * size;
                if (!seen[n] && !blocked[n]) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    /** Centres of reachable cells within {@code radius} of the anchor, other than the anchor's own cell. */
    List<Vec3> reachablePoints(Vec3 anchor, float radius) {
        List<Vec3> out = new ArrayList<>();
        for (int i = 0; i < size * size; i++) {
            if (!reachable[i] || i == start) continue;
            Vec3 p = centre(i);
            float dx = p.x() - anchor.x(), dz = p.z() - anchor.z();
            if (dx * dx + dz * dz <= radius * radius) out.add(p);
        }
        return out;
    }

    private Vec3 centre(int i) {
        return new Vec3(originX + (i % size + 0.5f) * cell, y, originZ + (i / size + 0.5f) * cell);
    }
}
