package dev.luminara.core.app;

import dev.luminara.core.Snapshottable;

/**
 * The world's seeded random numbers (SplitMix64), part of its state: snapshots capture it, so a restored world draws
 * the same numbers again, and two runs with the same seed are identical.
 */
public final class GameRandom implements Snapshottable<GameRandom> {
    private long state;

    public GameRandom(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    public float nextFloat(float min, float max) {
        return (float) (min + (max - min) * nextDouble());
    }

    @Override
    public GameRandom copy() {
        return new GameRandom(state);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameRandom g && g.state == state;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(state);
    }
}
