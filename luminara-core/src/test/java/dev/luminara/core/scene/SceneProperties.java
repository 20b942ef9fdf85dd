package dev.luminara.core.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Parent;
import dev.luminara.core.testing.Health;
import dev.luminara.core.testing.Inventory;
import dev.luminara.core.testing.WorldOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SceneProperties {

    @Provide
    Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(60);
    }

    static World worldWithTestComponents() {
        World world = new World();
        world.register(Inventory.class);
        world.register(Health.class);
        return world;
    }

    /** Each entity with its components sorted by class name: independent of component registration order. */
    static List<String> describeSorted(World world) {
        List<String> out = new ArrayList<>();
        for (Entity e : world.entities()) {
            List<Record> components = new ArrayList<>(world.components(e));
            components.sort(Comparator.comparing(c -> c.getClass().getName()));
            out.add(e + " " + components);
        }
        return out;
    }

    @Property(tries = 300)
    void saveThenLoadIsTheIdentity(@ForAll("ops") List<WorldOps.Op> ops) {
        World world = WorldOps.build(ops);
        String text = Scenes.write(Scenes.capture(world, "random"));

        World loaded = worldWithTestComponents();
        Scene scene = Scenes.parse(text, "random.scene.json", loaded.components());
        Scenes.spawn(scene, loaded, "random.scene.json");

        assertThat(describeSorted(loaded)).isEqualTo(describeSorted(world));
        assertThat(loaded.snapshot().sameContent(world.snapshot())).isTrue();
        // and the text is canonical: writing the loaded world again gives the same bytes
        assertThat(Scenes.write(Scenes.capture(loaded, "random"))).isEqualTo(text);
    }

    @Property(tries = 100)
    void instantiatingCopiesContentUnderFreshIdsAndLeavesTheWorldsEntitiesAlone(
            @ForAll("ops") List<WorldOps.Op> existing, @ForAll("ops") List<WorldOps.Op> added) {
        World world = WorldOps.build(existing);
        List<String> before = describeSorted(world);
        World source = WorldOps.build(added);
        Scene scene = Scenes.capture(source, "added");

        Map<Entity, Entity> ids = Scenes.instantiate(scene, world);

        assertThat(ids.keySet()).containsExactlyElementsOf(source.entities());
        List<Entity> fresh = new ArrayList<>(ids.values());
        List<String> original = new ArrayList<>();
        for (Entity e : world.entities()) {
            if (!fresh.contains(e)) original.add(e + " " + sortedComponents(world, e));
        }
        assertThat(original).isEqualTo(before);
        for (var entry : ids.entrySet()) {
            Entity from = entry.getKey();
            Entity to = entry.getValue();
            assertThat(world.components(to)).hasSameSizeAs(source.components(from));
            source.find(from, Parent.class)
                    .ifPresent(p ->
                            assertThat(world.get(to, Parent.class).entity()).isEqualTo(ids.get(p.entity())));
            source.find(from, Children.class)
                    .ifPresent(c -> assertThat(world.get(to, Children.class).entities())
                            .containsExactlyElementsOf(
                                    c.entities().stream().map(ids::get).toList()));
        }
    }

    private static List<Record> sortedComponents(World world, Entity e) {
        List<Record> components = new ArrayList<>(world.components(e));
        components.sort(Comparator.comparing(c -> c.getClass().getName()));
        return components;
    }
}
