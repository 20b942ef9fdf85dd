package dev.luminara.core.physics;

import dev.luminara.core.Chunk;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.ColliderShape;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import java.util.Arrays;

/**
 * Every collider of a world as parallel arrays, in entity-index order (so that contacts, and the floating-point sums
 * of their resolution, come out the same whatever the storage layout). A root entity is placed by its Transform,
 * current within the physics stage; a child by its GlobalTransform (as of the last propagation), and a child is never
 * pushed: its Transform is relative to a parent that physics does not move with it. Boxes are axis-aligned; shapes are
 * scaled by the absolute scale (a sphere by the largest axis).
 */
final class Bodies {
    int n;
    int[] index = new int[16];
    int[] generation = new int[16];
    BodyKind[] kind = new BodyKind[16]; // null: a collider without a RigidBody
    boolean[] sphere = new boolean[16];
    boolean[] trigger = new boolean[16];
    boolean[] attached = new boolean[16];
    boolean[] hasVelocity = new boolean[16];
    float[] invMass = new float[16];
    float[] restitution = new float[16];
    float[] px = new float[16], py = new float[16], pz = new float[16];
    float[] hx = new float[16], hy = new float[16], hz = new float[16];
    float[] vx = new float[16], vy = new float[16], vz = new float[16];
    boolean[] moved = new boolean[16];
    boolean[] accelerated = new boolean[16];

    Entity entity(int i) {
        return new Entity(index[i], generation[i]);
    }

    /** Whether the body may move this step: it can then touch anything, while two unmoving bodies never interact. */
    boolean mobile(int i) {
        return attached[i] || hasVelocity[i] && kind[i] != BodyKind.STATIC || kind[i] == BodyKind.DYNAMIC;
    }

    float radius(int i) {
        return hx[i];
    }

    static Bodies gather(World world) {
        Bodies b = new Bodies();
        world.query(Collider.class).forEachChunk(b::addChunk);
        b.sortByIndex();
        return b;
    }

    private void addChunk(Chunk chunk) {
        boolean child = chunk.has(Parent.class);
        Class<? extends Record> placement;
        if (child) {
            if (!chunk.has(GlobalTransform.class)) return; // not yet placed by propagation
            placement = GlobalTransform.class;
        } else if (chunk.has(Transform.class)) {
            placement = Transform.class;
        } else if (chunk.has(GlobalTransform.class)) {
            placement = GlobalTransform.class;
        } else {
            return;
        }
        boolean rigid = chunk.has(RigidBody.class);
        boolean velocity = chunk.has(Velocity.class);
        // resolution writes Transform and Velocity back, so only bodies with both (and no parent) are pushed
        boolean pushable = rigid && velocity && placement == Transform.class;
        float[] x = chunk.floats(placement, "position.x");
        float[] y = chunk.floats(placement, "position.y");
        float[] z = chunk.floats(placement, "position.z");
        float[] sx = chunk.floats(placement, "scale.x");
        float[] sy = chunk.floats(placement, "scale.y");
        float[] sz = chunk.floats(placement, "scale.z");
        float[] lx = velocity ? chunk.floats(Velocity.class, "linear.x") : null;
        float[] ly = velocity ? chunk.floats(Velocity.class, "linear.y") : null;
        float[] lz = velocity ? chunk.floats(Velocity.class, "linear.z") : null;
        for (int row = 0; row < chunk.size(); row++) {
            if (!(Float.isFinite(x[row]) && Float.isFinite(y[row]) && Float.isFinite(z[row]))) continue;
            Collider c = chunk.get(row, Collider.class);
            RigidBody rb = rigid ? chunk.get(row, RigidBody.class) : null;
            if (n == index.length) grow();
            Entity e = chunk.entity(row);
            index[n] = e.index();
            generation[n] = e.generation();
            kind[n] = rb == null ? null : rb.kind();
            sphere[n] = c.shape() == ColliderShape.SPHERE;
            trigger[n] = c.trigger();
            attached[n] = child;
            hasVelocity[n] = velocity;
            invMass[n] = pushable ? rb.inverseMass() : 0f;
            restitution[n] = rb == null ? 0f : rb.restitution();
            px[n] = x[row];
            py[n] = y[row];
            pz[n] = z[row];
            float ax = Math.abs(sx[row]), ay = Math.abs(sy[row]), az = Math.abs(sz[row]);
            if (sphere[n]) {
                float r = c.radius() * Math.max(ax, Math.max(ay, az));
                hx[n] = hy[n] = hz[n] = r;
            } else {
                hx[n] = c.halfExtents().x() * ax;
                hy[n] = c.halfExtents().y() * ay;
                hz[n] = c.halfExtents().z() * az;
            }
            if (velocity) {
                vx[n] = lx[row];
                vy[n] = ly[row];
                vz[n] = lz[row];
            }
            n++;
        }
    }

    /** Writes back the positions and velocities that resolution changed, as value replacements. */
    void writeBack(World world) {
        for (int i = 0; i < n; i++) {
            if (!moved[i] && !accelerated[i]) continue;
            Entity e = entity(i);
            if (moved[i]) {
                world.set(e, world.get(e, Transform.class).withPosition(new Vec3(px[i], py[i], pz[i])));
            }
            if (accelerated[i]) {
                world.set(e, world.get(e, Velocity.class).withLinear(new Vec3(vx[i], vy[i], vz[i])));
            }
        }
    }

    private void sortByIndex() {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) index[i] << 32) | i;
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        index = permute(index, order);
        generation = permute(generation, order);
        BodyKind[] k = new BodyKind[n];
        for (int i = 0; i < n; i++) k[i] = kind[order[i]];
        kind = k;
        sphere = permute(sphere, order);
        trigger = permute(trigger, order);
        attached = permute(attached, order);
        hasVelocity = permute(hasVelocity, order);
        invMass = permute(invMass, order);
        restitution = permute(restitution, order);
        px = permute(px, order);
        py = permute(py, order);
        pz = permute(pz, order);
        hx = permute(hx, order);
        hy = permute(hy, order);
        hz = permute(hz, order);
        vx = permute(vx, order);
        vy = permute(vy, order);
        vz = permute(vz, order);
        moved = new boolean[n];
        accelerated = new boolean[n];
    }

    private static int[] permute(int[] a, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private static float[] permute(float[] a, int[] order) {
        float[] out = new float[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private static boolean[] permute(boolean[] a, int[] order) {
        boolean[] out = new boolean[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private void grow() {
        int cap = index.length * 2;
        index = Arrays.copyOf(index, cap);
        generation = Arrays.copyOf(generation, cap);
        kind = Arrays.copyOf(kind, cap);
        sphere = Arrays.copyOf(sphere, cap);
        trigger = Arrays.copyOf(trigger, cap);
        attached = Arrays.copyOf(attached, cap);
        hasVelocity = Arrays.copyOf(hasVelocity, cap);
        invMass = Arrays.copyOf(invMass, cap);
        restitution = Arrays.copyOf(restitution, cap);
        px = Arrays.copyOf(px, cap);
        py = Arrays.copyOf(py, cap);
        pz = Arrays.copyOf(pz, cap);
        hx = Arrays.copyOf(hx, cap);
        hy = Arrays.copyOf(hy, cap);
        hz = Arrays.copyOf(hz, cap);
        vx = Arrays.copyOf(vx, cap);
        vy = Arrays.copyOf(vy, cap);
        vz = Arrays.copyOf(vz, cap);
    }
}
