package dev.luminara.core.physics;

import java.util.Arrays;

/** The contacts of one step as parallel arrays, in pair order, with the solver's per-contact state. */
final class Contacts {
    int n;
    int[] a = new int[16], b = new int[16];
    float[] nx = new float[16], ny = new float[16], nz = new float[16];
    float[] depth = new float[16];
    /** Normal velocity the solver aims for: the bounce, or 0 for a resting contact. */
    float[] target = new float[16];
    /** Impulse accumulated along the normal, kept >= 0 (contacts push, never pull). */
    float[] impulse = new float[16];

    void add(int i, int j, float[] contact) {
        if (n == a.length) grow();
        a[n] = i;
        b[n] = j;
        nx[n] = contact[0];
        ny[n] = contact[1];
        nz[n] = contact[2];
        depth[n] = contact[3];
        n++;
    }

    private void grow() {
        int cap = a.length * 2;
        a = Arrays.copyOf(a, cap);
        b = Arrays.copyOf(b, cap);
        nx = Arrays.copyOf(nx, cap);
        ny = Arrays.copyOf(ny, cap);
        nz = Arrays.copyOf(nz, cap);
        depth = Arrays.copyOf(depth, cap);
        target = Arrays.copyOf(target, cap);
        impulse = Arrays.copyOf(impulse, cap);
    }
}
