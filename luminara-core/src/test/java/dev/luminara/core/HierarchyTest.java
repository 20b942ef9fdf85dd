package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.component.Children;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import org.junit.jupiter.api.Test;

class HierarchyTest {
    private final World world = new World();

    @Test
    void setParentMaintainsBothSides() {
        Entity car = world.spawn(new Name("car"));
        Entity wheel = world.spawn(new Name("wheel"));
        world.setParent(wheel, car);
        assertThat(world.get(wheel, Parent.class).entity()).isEqualTo(car);
        assertThat(world.get(car, Children.class).entities()).containsExactly(wheel);

        Entity truck = world.spawn(new Name("truck"));
        world.setParent(wheel, truck);
        assertThat(world.has(car, Children.class)).isFalse();
        assertThat(world.get(truck, Children.class).entities()).containsExactly(wheel);

        world.setParent(wheel, null);
        assertThat(world.has(wheel, Parent.class)).isFalse();
        assertThat(world.has(truck, Children.class)).isFalse();
    }

    @Test
    void cyclesAreRefusedAndChangeNothing() {
        Entity a = world.spawn(new Name("a"));
        Entity b = world.spawn(new Name("b"));
        Entity c = world.spawn(new Name("c"));
        world.setParent(b, a);
        world.setParent(c, b);
        assertThatThrownBy(() -> world.setParent(a, c))
                .isInstanceOf(HierarchyException.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> world.setParent(a, a)).isInstanceOf(HierarchyException.class);
        assertThat(world.has(a, Parent.class)).isFalse();
    }

    @Test
    void despawnTakesDescendantsAndDetachesFromTheParent() {
        Entity root = world.spawn(new Name("root"));
        Entity mid = world.spawn(new Name("mid"));
        Entity leaf = world.spawn(new Name("leaf"));
        Entity sibling = world.spawn(new Name("sibling"));
        world.setParent(mid, root);
        world.setParent(leaf, mid);
        world.setParent(sibling, root);
        world.despawn(mid);
        assertThat(world.isAlive(leaf)).isFalse();
        assertThat(world.get(root, Children.class).entities()).containsExactly(sibling);
        assertThat(world.entityCount()).isEqualTo(2);
    }
}
