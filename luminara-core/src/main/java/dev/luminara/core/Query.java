package dev.luminara.core;

import dev.luminara.core.internal.Archetype;
import dev.luminara.core.internal.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Entities that have every {@code with} component and none of the {@code without} ones, optionally only those whose
 * component was added or changed after a tick. Matching archetypes are cached and picked up incrementally as new ones
 * appear. Structural changes while iterating are refused; queue them with {@link World#commands()}.
 */
public final class Query {
    private final World world;
    private final int[] with;
    private final int[] without;
    private final List<TickFilter> filters;
    private final List<Archetype> matched = new ArrayList<>();
    private int archetypesSeen;
    private int epochSeen;

    Query(World world, int[] with, int[] without, List<TickFilter> filters) {
        this.world = world;
        this.with = with;
        this.without = without;
        this.filters = List.copyOf(filters);
        this.epochSeen = world.epoch();
    }

    @SafeVarargs
    public final Query without(Class<? extends Record>... types) {
        int[] more = world.ids(types);
        int[] all = Arrays.stream(concat(without, more)).distinct().sorted().toArray();
        return new Query(world, with, all, filters);
    }

    /** Only entities whose {@code type} component changed (or was added) after {@code tick}. */
    public Query changedSince(Class<? extends Record> type, long tick) {
        return withFilter(new TickFilter(world.components().of(type).id(), tick, false));
    }

    /** Only entities whose {@code type} component was added after {@code tick}. */
    public Query addedSince(Class<? extends Record> type, long tick) {
        return withFilter(new TickFilter(world.components().of(type).id(), tick, true));
    }

    private Query withFilter(TickFilter f) {
        List<TickFilter> fs = new ArrayList<>(filters);
        fs.add(f);
        int[] w = Arrays.stream(concat(with, new int[] {f.typeId}))
                .distinct()
                .sorted()
                .toArray();
        return new Query(world, w, without, fs);
    }

    public int count() {
        if (filters.isEmpty()) {
            int n = 0;
            for (Archetype a : archetypes()) n += a.size();
            return n;
        }
        int[] n = {0};
        forEachEntity(e -> n[0]++);
        return n[0];
    }

    public List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        forEachEntity(out::add);
        return out;
    }

    public void forEachEntity(Consumer<Entity> action) {
        iterate((a, row) -> action.accept(world.storage().entities().entityAt(a.entityIndex(row))));
    }

    public <A extends Record> void forEach(Class<A> a, BiConsumer<Entity, A> action) {
        int ia = id(a);
        iterate((arch, row) ->
                action.accept(entity(arch, row), a.cast(arch.column(ia).get(row))));
    }

    public <A extends Record, B extends Record> void forEach(Class<A> a, Class<B> b, Each2<A, B> action) {
        int ia = id(a), ib = id(b);
        iterate((arch, row) -> action.accept(
                entity(arch, row),
                a.cast(arch.column(ia).get(row)),
                b.cast(arch.column(ib).get(row))));
    }

    public <A extends Record, B extends Record, C extends Record> void forEach(
            Class<A> a, Class<B> b, Class<C> c, Each3<A, B, C> action) {
        int ia = id(a), ib = id(b), ic = id(c);
        iterate((arch, row) -> action.accept(
                entity(arch, row),
                a.cast(arch.column(ia).get(row)),
                b.cast(arch.column(ib).get(row)),
                c.cast(arch.column(ic).get(row))));
    }

    /**
     * Visits the matching archetype tables one at a time, for bulk systems that stream over primitive columns. Not
     * available with tick filters, which select rows rather than tables.
     */
    public void forEachChunk(Consumer<Chunk> action) {
        if (!filters.isEmpty()) {
            throw new IllegalStateException("forEachChunk does not apply changedSince/addedSince filters; use forEach");
        }
        world.beginIteration();
        try {
            for (Archetype a : archetypes()) {
                if (a.size() > 0) action.accept(new Chunk(world, a));
            }
        } finally {
            world.endIteration();
        }
    }

    private Entity entity(Archetype a, int row) {
        return world.storage().entities().entityAt(a.entityIndex(row));
    }

    private int id(Class<? extends Record> type) {
        int id = world.components().of(type).id();
        if (Arrays.binarySearch(with, id) < 0) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not one of this query's components");
        }
        return id;
    }

    private void iterate(RowVisitor visitor) {
        world.beginIteration();
        try {
            for (Archetype a : archetypes()) {
                int n = a.size();
                for (int row = 0; row < n; row++) {
                    if (passes(a, row)) visitor.visit(a, row);
                }
            }
        } finally {
            world.endIteration();
        }
    }

    private boolean passes(Archetype a, int row) {
        // indexed: an iterator here would be one allocation per row of every query
        for (int i = 0, n = filters.size(); i < n; i++) {
            TickFilter f = filters.get(i);
            Column col = a.column(f.typeId);
            long t = f.addedOnly ? col.addedTick(row) : col.changedTick(row);
            if (t <= f.since) return false;
        }
        return true;
    }

    private List<Archetype> archetypes() {
        var all = world.storage().archetypes();
        if (epochSeen != world.epoch() || archetypesSeen > all.size()) {
            matched.clear();
            archetypesSeen = 0;
            epochSeen = world.epoch();
        }
        for (; archetypesSeen < all.size(); archetypesSeen++) {
            Archetype a = all.get(archetypesSeen);
            if (matches(a)) matched.add(a);
        }
        return matched;
    }

    private boolean matches(Archetype a) {
        for (int id : with) if (!a.has(id)) return false;
        for (int id : without) if (a.has(id)) return false;
        return true;
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private record TickFilter(int typeId, long since, boolean addedOnly) {}

    @FunctionalInterface
    private interface RowVisitor {
        void visit(Archetype a, int row);
    }

    /** Receives an entity with two of its components. */
    @FunctionalInterface
    public interface Each2<A, B> {
        void accept(Entity e, A a, B b);
    }

    /** Receives an entity with three of its components. */
    @FunctionalInterface
    public interface Each3<A, B, C> {
        void accept(Entity e, A a, B b, C c);
    }
}
