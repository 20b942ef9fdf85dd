package dev.luminara.core.internal;

import dev.luminara.core.Entity;
import java.util.Arrays;

/**
 * Hands out generational entity ids and remembers where each live entity is stored. Freed slots are reused in FIFO
 * order with their generation bumped, so an old id is stale rather than an alias of the new occupant.
 */
public final class EntityAllocator {
    public static final int FREE = -1;
    public static final int RESERVED = -2;

    private int[] generation;
    private int[] archetype;
    private int[] row;
    private int highWater;
    private int[] freeRing;
    private int freeHead;
    private int freeCount;
    private int alive;

    public EntityAllocator() {
        this(64);
    }

    private EntityAllocator(int capacity) {
        generation = new int[capacity];
        archetype = new int[capacity];
        row = new int[capacity];
        freeRing = new int[capacity];
    }

    public EntityAllocator copy() {
        EntityAllocator c = new EntityAllocator(0);
        c.generation = Arrays.copyOf(generation, Math.max(highWater, 1));
        c.archetype = Arrays.copyOf(archetype, Math.max(highWater, 1));
        c.row = Arrays.copyOf(row, Math.max(highWater, 1));
        c.freeRing = new int[Math.max(freeCount, 1)];
        for (int i = 0; i < freeCount; i++) {
            c.freeRing[i] = freeRing[(freeHead + i) % freeRing.length];
        }
        c.freeHead = 0;
        c.freeCount = freeCount;
        c.highWater = highWater;
        c.alive = alive;
        return c;
    }

    /** Makes this allocator equal to {@code src}, copying into the existing arrays when they are long enough. */
    public void restoreFrom(EntityAllocator src) {
        int n = src.highWater;
        if (generation.length < n) {
            generation = new int[n];
            archetype = new int[n];
            row = new int[n];
        }
        System.arraycopy(src.generation, 0, generation, 0, n);
        System.arraycopy(src.archetype, 0, archetype, 0, n);
        System.arraycopy(src.row, 0, row, 0, n);
        if (freeRing.length < Math.max(src.freeCount, 1)) freeRing = new int[Math.max(src.freeCount, 1)];
        for (int i = 0; i < src.freeCount; i++) {
            freeRing[i] = src.freeRing[(src.freeHead + i) % src.freeRing.length];
        }
        freeHead = 0;
        freeCount = src.freeCount;
        highWater = n;
        alive = src.alive;
    }

    /** A new id, in the {@link #RESERVED} state until {@link #place} puts it in an archetype. */
    public Entity allocate() {
        int index;
        if (freeCount > 0) {
            index = freeRing[freeHead];
            freeHead = (freeHead + 1) % freeRing.length;
            freeCount--;
        } else {
            ensure(highWater + 1);
            index = highWater++;
            generation[index] = 0;
        }
        archetype[index] = RESERVED;
        return new Entity(index, generation[index]);
    }

    /** Takes exactly {@code entity}'s slot and generation (scene loading); the slot must not be in use. */
    public boolean claim(Entity entity) {
        int index = entity.index();
        if (index < highWater && archetype[index] == RESERVED && generation[index] == entity.generation()) {
            return true; // reserved by a queued spawn command: the command now places it
        }
        if (index < highWater && archetype[index] != FREE) {
            return false;
        }
        if (index >= highWater) {
            ensure(index + 1);
            for (int i = highWater; i < index; i++) {
                generation[i] = 0;
                archetype[i] = FREE;
                pushFree(i);
            }
            highWater = index + 1;
        } else {
            removeFree(index);
        }
        generation[index] = entity.generation();
        archetype[index] = RESERVED;
        return true;
    }

    public void place(int index, int archetypeId, int rowIndex) {
        if (archetype[index] == RESERVED && archetypeId >= 0) {
            alive++;
        }
        archetype[index] = archetypeId;
        row[index] = rowIndex;
    }

    public void free(int index) {
        if (archetype[index] >= 0) {
            alive--;
        }
        archetype[index] = FREE;
        if (generation[index] < Integer.MAX_VALUE) {
            generation[index]++;
            pushFree(index);
        } // a slot whose generation is exhausted is retired, never reused
    }

    /** Whether {@code e} names a live, placed entity. */
    public boolean isAlive(Entity e) {
        int i = e.index();
        return i < highWater && generation[i] == e.generation() && archetype[i] >= 0;
    }

    /** Why {@code e} is not alive, for error messages. */
    public String whyNotAlive(Entity e) {
        int i = e.index();
        if (i >= highWater) return "was never spawned";
        if (generation[i] != e.generation()) {
            return "is stale: it was despawned and slot " + i + " now has generation " + generation[i];
        }
        if (archetype[i] == RESERVED) return "is reserved by a pending spawn command; apply commands first";
        if (archetype[i] == FREE) return "was despawned";
        return "is alive";
    }

    public boolean isReserved(Entity e) {
        int i = e.index();
        return i < highWater && generation[i] == e.generation() && archetype[i] == RESERVED;
    }

    public int archetypeOf(int index) {
        return archetype[index];
    }

    public int rowOf(int index) {
        return row[index];
    }

    public int generationOf(int index) {
        return generation[index];
    }

    public Entity entityAt(int index) {
        return new Entity(index, generation[index]);
    }

    public int alive() {
        return alive;
    }

    public int highWater() {
        return highWater;
    }

    private void ensure(int n) {
        if (n > generation.length) {
            int cap = Math.max(n, generation.length * 2);
            generation = Arrays.copyOf(generation, cap);
            archetype = Arrays.copyOf(archetype, cap);
            row = Arrays.copyOf(row, cap);
        }
    }

    private void pushFree(int index) {
        if (freeCount == freeRing.length) {
            int[] bigger = new int[Math.max(16, freeRing.length * 2)];
            for (int i = 0; i < freeCount; i++) {
                bigger[i] = freeRing[(freeHead + i) % freeRing.length];
            }
            freeRing = bigger;
            freeHead = 0;
        }
        freeRing[(freeHead + freeCount) % freeRing.length] = index;
        freeCount++;
    }

    private void removeFree(int index) {
        int[] kept = new int[Math.max(16, freeRing.length)];
        int n = 0;
        for (int i = 0; i < freeCount; i++) {
            int v = freeRing[(freeHead + i) % freeRing.length];
            if (v != index) kept[n++] = v;
        }
        freeRing = kept;
        freeHead = 0;
        freeCount = n;
    }
}
