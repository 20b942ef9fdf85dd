package dev.luminara.script.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link EntityMap} against a {@link HashMap} keyed by entity, for random puts, removes and stale generations. */
class EntityMapProperties {
    record Op(boolean put, Entity entity, int value) {}

    @Property(tries = 300)
    void agreesWithAHashMap(@ForAll("ops") List<Op> ops) {
        EntityMap<Integer> fast = new EntityMap<>();
        Map<Integer, Map.Entry<Entity, Integer>> byIndex = new HashMap<>(); // what the host keeps: one entity per index
        for (Op op : ops) {
            if (op.put()) {
                fast.put(op.entity(), op.value());
                byIndex.put(op.entity().index(), Map.entry(op.entity(), op.value()));
            } else {
                fast.remove(op.entity());
                var cur = byIndex.get(op.entity().index());
                if (cur != null && cur.getKey().equals(op.entity()))
                    byIndex.remove(op.entity().index());
            }
            for (int i = 0; i < 200; i += 7) {
                for (int g = 0; g < 3; g++) {
                    Entity e = new Entity(i, g);
                    var cur = byIndex.get(i);
                    Integer expected = cur != null && cur.getKey().equals(e) ? cur.getValue() : null;
                    assertThat(fast.get(e)).as(e.toString()).isEqualTo(expected);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Entity> entities = Combinators.combine(
                        Arbitraries.integers().between(0, 199).filter(i -> i % 7 == 0),
                        Arbitraries.integers().between(0, 2))
                .as(Entity::new);
        return Combinators.combine(Arbitraries.of(true, true, false), entities, Arbitraries.integers())
                .as(Op::new)
                .list()
                .ofMaxSize(40);
    }
}
