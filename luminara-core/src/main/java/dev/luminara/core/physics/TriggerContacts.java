package dev.luminara.core.physics;

import dev.luminara.core.Entity;
import dev.luminara.core.Snapshottable;
import java.util.List;

/**
 * The (trigger, other) pairs overlapping after the last physics step, sorted: the state that turns overlaps into
 * ENTER / STAY / EXIT events. It is a world resource so that snapshots, restores and forks carry it and a restored
 * world reports the same events again; being immutable, a snapshot shares it.
 */
public record TriggerContacts(List<Pair> pairs) implements Snapshottable<TriggerContacts> {
    public static final TriggerContacts NONE = new TriggerContacts(List.of());

    public TriggerContacts {
        pairs = List.copyOf(pairs);
    }

    public boolean overlapping(Entity trigger, Entity other) {
        return pairs.contains(new Pair(trigger, other));
    }

    /** Immutable, so the copy is this. */
    @Override
    public TriggerContacts copy() {
        return this;
    }

    /** A trigger and a collider overlapping it, ordered by trigger then other. */
    public record Pair(Entity trigger, Entity other) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = trigger.compareTo(o.trigger);
            return c != 0 ? c : other.compareTo(o.other);
        }
    }
}
