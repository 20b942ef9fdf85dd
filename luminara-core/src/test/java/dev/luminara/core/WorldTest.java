package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.testing.Health;
import dev.luminara.core.testing.Inventory;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldTest {
    private final World world = new World();

    @Test
    void spawnStoresComponentsInAnyOrderAndTheLaterOfTwoOfOneTypeWins() {
        Entity a = world.spawn(Velocity.linear(1, 0, 0), new Name("first"), Transform.at(1, 0, 0), new Name("second"));
        Entity b = world.spawn(Transform.at(2, 0, 0), new Name("b"), Velocity.linear(2, 0, 0));
        assertThat(world.components(a))
                .containsExactlyElementsOf(world.components(a).stream()
                        .sorted((x, y) -> Integer.compare(
                                world.components().of(x.getClass()).id(),
                                world.components().of(y.getClass()).id()))
                        .toList());
        assertThat(world.get(a, Name.class).value()).isEqualTo("second");
        assertThat(world.components(a)).hasSize(3);
        assertThat(world.query(Name.class, Transform.class, Velocity.class).count())
                .isEqualTo(2);
        assertThat(world.get(b, Velocity.class)).isEqualTo(Velocity.linear(2, 0, 0));
    }

    @Test
    void spawnsEntitiesWithComponentsAndReadsThemBack() {
        Entity e = world.spawn(new Name("player"), Transform.at(1, 2, 3));
        assertThat(world.isAlive(e)).isTrue();
        assertThat(world.get(e, Name.class).value()).isEqualTo("player");
        assertThat(world.get(e, Transform.class).position()).isEqualTo(new Vec3(1, 2, 3));
        assertThat(world.has(e, Velocity.class)).isFalse();
        assertThat(world.entityCount()).isEqualTo(1);
    }

    @Test
    void setAddsOrReplacesAndRemoveReturnsTheOldValue() {
        Entity e = world.spawn(new Name("a"));
        world.set(e, new Health(50, 100, false));
        world.set(e, new Health(40, 100, true));
        assertThat(world.get(e, Health.class)).isEqualTo(new Health(40, 100, true));
        assertThat(world.remove(e, Health.class)).isEqualTo(new Health(40, 100, true));
        assertThat(world.remove(e, Health.class)).isNull();
        assertThat(world.find(e, Health.class)).isEmpty();
        assertThat(world.get(e, Name.class).value()).isEqualTo("a");
    }

    @Test
    void missingComponentErrorNamesTheEntityAndWhatItHas() {
        Entity e = world.spawn(new Name("crate"), Tags.of("prop"));
        assertThatThrownBy(() -> world.get(e, Velocity.class))
                .isInstanceOf(MissingComponentException.class)
                .hasMessageContaining(e.toString())
                .hasMessageContaining("no Velocity")
                .hasMessageContaining("Name, Tags");
    }

    @Test
    void aStaleIdIsReportedAndNeverAliasesTheSlotsNewOccupant() {
        Entity old = world.spawn(new Name("old"));
        world.despawn(old);
        Entity fresh = world.spawn(new Name("new"));
        assertThat(fresh.index()).isEqualTo(old.index());
        assertThat(fresh.generation()).isEqualTo(old.generation() + 1);
        assertThat(world.isAlive(old)).isFalse();
        assertThatThrownBy(() -> world.get(old, Name.class))
                .isInstanceOf(StaleEntityException.class)
                .hasMessageContaining("is stale")
                .hasMessageContaining("generation 1");
        assertThat(world.get(fresh, Name.class).value()).isEqualTo("new");
    }

    @Test
    void neverSpawnedIdsAreReported() {
        assertThatThrownBy(() -> world.get(new Entity(99, 0), Name.class))
                .isInstanceOf(StaleEntityException.class)
                .hasMessageContaining("never spawned");
    }

    @Test
    void rowsMovedBySwapRemoveKeepTheirValues() {
        Entity a = world.spawn(new Name("a"), Transform.at(1, 0, 0));
        Entity b = world.spawn(new Name("b"), Transform.at(2, 0, 0));
        Entity c = world.spawn(new Name("c"), Transform.at(3, 0, 0));
        world.despawn(a);
        world.remove(b, Transform.class);
        assertThat(world.get(c, Transform.class).position().x()).isEqualTo(3);
        assertThat(world.get(c, Name.class).value()).isEqualTo("c");
        assertThat(world.get(b, Name.class).value()).isEqualTo("b");
    }

    @Test
    void structuralChangesWhileIteratingAreRefusedButReplacementsAreAllowed() {
        world.spawn(new Name("a"), Transform.at(0, 0, 0));
        assertThatThrownBy(() -> world.query(Name.class).forEachEntity(e -> world.spawn(new Name("x"))))
                .isInstanceOf(StructuralChangeException.class)
                .hasMessageContaining("commands()");
        world.query(Transform.class).forEach(Transform.class, (e, t) -> world.set(e, t.translate(Vec3.UP)));
        assertThat(world.query(Transform.class).entities())
                .allSatisfy(e ->
                        assertThat(world.get(e, Transform.class).position().y()).isEqualTo(1));
        world.query(Name.class).forEachEntity(e -> world.commands().spawn(new Name("later")));
        world.applyCommands();
        assertThat(world.entityCount()).isEqualTo(2);
    }

    @Test
    void referenceStoredComponentsRoundTrip() {
        Entity e = world.spawn(new Inventory(List.of("key", "map"), 3));
        assertThat(world.get(e, Inventory.class).items()).containsExactly("key", "map");
    }

    @Test
    void resourcesAreSingletons() {
        world.insertResource(new Vec3(1, 2, 3));
        assertThat(world.resource(Vec3.class)).isEqualTo(new Vec3(1, 2, 3));
        assertThatThrownBy(() -> world.resource(String.class))
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("String");
        assertThat(world.removeResource(Vec3.class)).isNotNull();
        assertThat(world.findResource(Vec3.class)).isEmpty();
    }

    @Test
    void eventsAreSeenOnceByEachReader() {
        Events<String> events = world.events(String.class);
        Events.Reader<String> reader = events.reader();
        events.send("a");
        assertThat(reader.read()).containsExactly("a");
        events.update();
        events.send("b");
        assertThat(reader.read()).containsExactly("b");
        events.update();
        events.update();
        assertThat(reader.read()).isEmpty();
        assertThat(events.all()).isEmpty();
    }
}
