package dev.luminara.script.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptValue;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code world.find_by_name} and {@code world.find_by_tag} (chunk scans) against a plain pass over every live entity,
 * for worlds whose rows are spread over several archetypes, share {@code Tags} values and have had entities removed
 * (so ids are reused with a new generation and rows are moved).
 */
class WorldModuleFindProperties {
    static final List<String> NAMES = List.of("a", "b", "c", "tower_0");
    static final List<String> TAGS = List.of("enemy", "prop", "boss");

    record Spawn(int name, int tags, boolean transform, boolean remove) {}

    @Property(tries = 200)
    void agreeWithAPassOverEveryEntity(@ForAll("spawns") List<Spawn> spawns) {
        World w = new World();
        Tags shared = Tags.of("enemy");
        List<Entity> made = new ArrayList<>();
        for (Spawn s : spawns) {
            List<Record> parts = new ArrayList<>();
            if (s.name() < NAMES.size()) parts.add(new Name(NAMES.get(s.name())));
            if (s.tags() == 0) parts.add(shared);
            else if (s.tags() < 4) parts.add(Tags.of(TAGS.get(s.tags() - 1), "x"));
            if (s.transform()) parts.add(Transform.IDENTITY);
            Entity e = w.spawn(parts.toArray(new Record[0]));
            made.add(e);
            if (s.remove() && made.size() > 1) w.despawn(made.remove(made.size() / 2));
        }
        ApiModule m = WorldModule.create();
        CallContext c = context(w);
        for (String name : NAMES) {
            Entity expected = null;
            for (Entity e : made) {
                boolean match =
                        w.find(e, Name.class).map(n -> n.value().equals(name)).orElse(false);
                if (match && (expected == null || e.compareTo(expected) < 0)) expected = e;
            }
            ScriptValue got =
                    m.function("find_by_name").orElseThrow().implementation().call(c, List.of(ScriptValue.of(name)));
            assertThat(got).isEqualTo(ScriptValue.of(expected));
        }
        for (String tag : TAGS) {
            List<Entity> expected = new ArrayList<>();
            for (Entity e : made) {
                if (w.find(e, Tags.class).map(t -> t.has(tag)).orElse(false)) expected.add(e);
            }
            expected.sort(null);
            ScriptValue got =
                    m.function("find_by_tag").orElseThrow().implementation().call(c, List.of(ScriptValue.of(tag)));
            assertThat(got).isEqualTo(Values.entities(expected));
        }
    }

    @Provide
    Arbitrary<List<Spawn>> spawns() {
        Arbitrary<Spawn> s = Combinators.combine(
                        Arbitraries.integers().between(0, NAMES.size()),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 5).map(i -> i == 0))
                .as(Spawn::new);
        return s.list().ofMaxSize(80);
    }

    private static CallContext context(World w) {
        return new CallContext() {
            @Override
            public World world() {
                return w;
            }

            @Override
            public Entity entity() {
                return null;
            }

            @Override
            public ScriptId script() {
                return ScriptId.of("t.lua");
            }

            @Override
            public Entity spawn(Record... components) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void sendMessage(Entity target, String name, ScriptValue payload) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
