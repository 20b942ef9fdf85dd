package dev.luminara.core.spatial;

/**
 * A (distance, entity index) pair packed into one long whose natural order is "nearer first, then lower index": the
 * bits of a non-negative float order like the float, and the index fills the low half. This is the deterministic
 * tie-break of every spatial query, and it sorts as a primitive.
 */
final class HitKey {
    private HitKey() {}

    static long pack(float distance, int index) {
        return ((long) Float.floatToIntBits(distance) << 32) | index;
    }

    static float distance(long key) {
        return Float.intBitsToFloat((int) (key >>> 32));
    }

    static int index(long key) {
        return (int) key;
    }
}
