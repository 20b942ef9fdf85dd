package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.testing.WorldOps;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The chunked scans by name and tag find what a filter over every entity finds, in entity order. */
class LabelsProperties {

    @Provide
    Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(80);
    }

    @Property(tries = 200)
    void findWhatAFilterOverEveryEntityFinds(@ForAll("ops") List<WorldOps.Op> ops) {
        World world = new World();
        for (WorldOps.Op op : ops) op.apply(world);

        for (WorldOps.Op op : ops) { // every label the operations used, present or since removed
            String label = op.text();
            List<Entity> named = world.entities().stream()
                    .filter(e -> world.find(e, Name.class)
                            .map(n -> n.value().equals(label))
                            .orElse(false))
                    .sorted()
                    .toList();
            List<Entity> tagged = world.entities().stream()
                    .filter(e ->
                            world.find(e, Tags.class).map(t -> t.has(label)).orElse(false))
                    .sorted()
                    .toList();
            assertThat(Labels.named(world, label)).as("named %s", label).isEqualTo(named);
            assertThat(Labels.tagged(world, label)).as("tagged %s", label).isEqualTo(tagged);
        }
        assertThat(Labels.named(world, "no such name")).isEmpty();
        assertThat(Optional.of(Labels.tagged(world, "no such tag"))).contains(List.of());
    }
}
