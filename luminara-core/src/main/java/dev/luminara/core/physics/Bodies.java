package dev.luminara.core.physics;

import dev.luminara.core.Chunk;
import dev.luminara.core.Entity;
import dev.luminara.core.Query;
import dev.luminara.core.World;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.ColliderShape;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
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
    int[] index, generation;
    BodyKind[] kind; // null: a collider without a RigidBody
    boolean[] sphere, trigger, attached, hasVelocity;
    float[] invMass, restitution;
    float[] px, py, pz;
    float[] hx, hy, hz;
    float[] vx, vy, vz;
    boolean[] moved, accelerated;

    private Bodies(int capacity) {
        int c = Math.max(1, capacity);
        index = new int[c];
        generation = new int[c];
        kind = new BodyKind[c];
        sphere = new boolean[c];
        trigger = new boolean[c];
        attached = new boolean[c];
        hasVelocity = new boolean[c];
        invMass = new float[c];
        restitution = new float[c];
        px = new float[c];
        py = new float[c];
        pz = new float[c];
        hx = new float[c];
        hy = new float[c];
        hz = new float[c];
        vx = new float[c];
        vy = new float[c];
        vz = new float[c];
    }

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
        Query colliders = world.query(Collider.class);
        Bodies b = new Bodies(colliders.count());
        colliders.forEachChunk(b::addChunk);
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

    /**
     * Writes back the positions and velocities that resolution changed, through the raw columns of the bodies' tables
     * (value replacement, each changed row marked changed). Only pushable bodies change, and they all have a Transform,
     * a Velocity and a RigidBody and no Parent.
     */
    void writeBack(World world) {
        int maxIndex = -1;
        for (int i = 0; i < n; i++) {
            if (moved[i] || accelerated[i]) maxIndex = Math.max(maxIndex, index[i]);
        }
        if (maxIndex < 0) return;
        int[] slotOf = new int[maxIndex + 1];
        Arrays.fill(slotOf, -1);
        for (int i = 0; i < n; i++) {
            if (moved[i] || accelerated[i]) slotOf[index[i]] = i;
        }
        world.query(Collider.class, Transform.class, Velocity.class, RigidBody.class)
                .without(Parent.class)
                .forEachChunk(chunk -> writeBack(chunk, slotOf));
    }

    private void writeBack(Chunk chunk, int[] slotOf) {
        float[] x = chunk.floats(Transform.class, "position.x");
        float[] y = chunk.floats(Transform.class, "position.y");
        float[] z = chunk.floats(Transform.class, "position.z");
        float[] lx = chunk.floats(Velocity.class, "linear.x");
        float[] ly = chunk.floats(Velocity.class, "linear.y");
        float[] lz = chunk.floats(Velocity.class, "linear.z");
        for (int row = 0; row < chunk.size(); row++) {
            Entity e = chunk.entity(row);
            int i = e.index() < slotOf.length ? slotOf[e.index()] : -1;
            if (i < 0 || generation[i] != e.generation()) continue;
            if (moved[i]) {
                x[row] = px[i];
                y[row] = py[i];
                z[row] = pz[i];
                chunk.markChanged(row, Transform.class);
            }
            if (accelerated[i]) {
                lx[row] = vx[i];
                ly[row] = vy[i];
                lz[row] = vz[i];
                chunk.markChanged(row, Velocity.class);
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
