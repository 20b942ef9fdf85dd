package dev.luminara.core.internal;

/**
 * A bounded ring of removals (a component taken off, or a whole entity despawned with type id -1), so that change
 * tracking can answer "what was removed since tick T". When it overflows, the oldest entries go and
 * {@link #oldestCompleteTick()} rises: callers asking about earlier ticks learn that the answer is incomplete.
 * Copies share the arrays until one of them is written (copy on write): a snapshot of a world costs nothing here.
 */
public final class RemovalLog {
    public static final int DESPAWN = -1;

    private int[] index;
    private int[] generation;
    private int[] typeId;
    private long[] tick;
    private int head;
    private int count;
    private long oldestCompleteTick;
    /** Whether the arrays may be shared with another log, so that the next write must copy them first. */
    private boolean shared;

    public RemovalLog(int capacity) {
        index = new int[capacity];
        generation = new int[capacity];
        typeId = new int[capacity];
        tick = new long[capacity];
    }

    public RemovalLog copy() {
        RemovalLog c = new RemovalLog(0);
        shared = true;
        c.shared = true;
        c.index = index;
        c.generation = generation;
        c.typeId = typeId;
        c.tick = tick;
        c.head = head;
        c.count = count;
        c.oldestCompleteTick = oldestCompleteTick;
        return c;
    }

    public void add(int entityIndex, int entityGeneration, int type, long at) {
        if (shared) {
            index = index.clone();
            generation = generation.clone();
            typeId = typeId.clone();
            tick = tick.clone();
            shared = false;
        }
        int cap = index.length;
        int slot = (head + count) % cap;
        if (count == cap) {
            oldestCompleteTick = tick[head];
            head = (head + 1) % cap;
        } else {
            count++;
        }
        index[slot] = entityIndex;
        generation[slot] = entityGeneration;
        typeId[slot] = type;
        tick[slot] = at;
    }

    /** Ticks at or after this one are fully recorded. */
    public long oldestCompleteTick() {
        return oldestCompleteTick;
    }

    /** Visits entries with a tick greater than {@code since}, oldest first. */
    public void forEachSince(long since, Visitor visitor) {
        int cap = index.length;
        for (int i = 0; i < count; i++) {
            int s = (head + i) % cap;
            if (tick[s] > since) {
                visitor.visit(index[s], generation[s], typeId[s], tick[s]);
            }
        }
    }

    /** Receives one removal. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int entityIndex, int generation, int typeId, long tick);
    }
}
