package dev.luminara.core.physics;

/**
 * Resolves contacts between bodies, at least one of which can be pushed (a DYNAMIC root). First sequential impulses
 * along each normal: each contact drives the bodies' relative normal velocity to its target (a bounce of
 * {@code restitution} times the impact speed, or zero) with an accumulated impulse that never pulls, shared by inverse
 * mass. Then the same number of position passes removes the depth beyond the slop, again by inverse mass, updating
 * each contact's depth from how far its bodies have moved so far. Kinematic, static and attached bodies have zero
 * inverse mass: they push and are not pushed.
 */
final class Solver {
    /** A pass whose largest velocity change is below this (m/s) ends the velocity loop. */
    static final float SETTLED_SPEED = 1e-5f;
    /** A pass whose largest correction is below this (m) ends the position loop. */
    static final float SETTLED_DEPTH = 1e-6f;

    private Solver() {}

    static void solve(Bodies b, Contacts c, PhysicsSettings settings) {
        prepare(b, c, settings);
        // each loop stops early once a whole pass changed nothing that matters (isolated contacts settle in one)
        for (int pass = 0; pass < settings.solverIterations(); pass++) {
            float largest = 0;
            for (int k = 0; k < c.n; k++) largest = Math.max(largest, solveVelocity(b, c, k));
            if (largest < SETTLED_SPEED) break;
        }
        float[] dx = new float[b.n], dy = new float[b.n], dz = new float[b.n];
        for (int pass = 0; pass < settings.solverIterations(); pass++) {
            float largest = 0;
            for (int k = 0; k < c.n; k++) largest = Math.max(largest, solvePosition(b, c, k, settings, dx, dy, dz));
            if (largest < SETTLED_DEPTH) break;
        }
        for (int i = 0; i < b.n; i++) {
            if (dx[i] != 0 || dy[i] != 0 || dz[i] != 0) {
                b.px[i] += dx[i];
                b.py[i] += dy[i];
                b.pz[i] += dz[i];
                b.moved[i] = true;
            }
        }
    }

    private static void prepare(Bodies b, Contacts c, PhysicsSettings settings) {
        for (int k = 0; k < c.n; k++) {
            int i = c.a[k], j = c.b[k];
            float approach = normalVelocity(b, c, k);
            float bounce = Math.max(b.restitution[i], b.restitution[j]);
            c.target[k] = approach < -settings.bounceThreshold() ? -bounce * approach : 0;
            c.impulse[k] = 0;
        }
    }

    private static float normalVelocity(Bodies b, Contacts c, int k) {
        int i = c.a[k], j = c.b[k];
        return (b.vx[j] - b.vx[i]) * c.nx[k] + (b.vy[j] - b.vy[i]) * c.ny[k] + (b.vz[j] - b.vz[i]) * c.nz[k];
    }

    /** Applies one contact's impulse; returns the change in relative normal speed it made. */
    private static float solveVelocity(Bodies b, Contacts c, int k) {
        int i = c.a[k], j = c.b[k];
        float wi = b.invMass[i], wj = b.invMass[j];
        float total = c.impulse[k] + (c.target[k] - normalVelocity(b, c, k)) / (wi + wj);
        float applied = Math.max(0, total) - c.impulse[k];
        if (applied == 0) return 0;
        c.impulse[k] += applied;
        push(b, i, -applied * wi, c, k);
        push(b, j, applied * wj, c, k);
        return Math.abs(applied) * (wi + wj);
    }

    private static void push(Bodies b, int body, float amount, Contacts c, int k) {
        if (amount == 0) return;
        b.vx[body] += c.nx[k] * amount;
        b.vy[body] += c.ny[k] * amount;
        b.vz[body] += c.nz[k] * amount;
        b.accelerated[body] = true;
    }

    /** Moves one contact's bodies apart; returns how far. */
    private static float solvePosition(
            Bodies b, Contacts c, int k, PhysicsSettings settings, float[] dx, float[] dy, float[] dz) {
        int i = c.a[k], j = c.b[k];
        float wi = b.invMass[i], wj = b.invMass[j];
        float separated = (dx[j] - dx[i]) * c.nx[k] + (dy[j] - dy[i]) * c.ny[k] + (dz[j] - dz[i]) * c.nz[k];
        float excess = c.depth[k] - separated - settings.penetrationSlop();
        if (excess <= 0) return 0;
        float share = excess * settings.correction() / (wi + wj);
        dx[i] -= c.nx[k] * share * wi;
        dy[i] -= c.ny[k] * share * wi;
        dz[i] -= c.nz[k] * share * wi;
        dx[j] += c.nx[k] * share * wj;
        dy[j] += c.ny[k] * share * wj;
        dz[j] += c.nz[k] * share * wj;
        return share * (wi + wj);
    }
}
