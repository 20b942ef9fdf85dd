package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.component.Children;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import org.junit.jupiter.api.Test;

/** Despawning a subtree and re-parenting, as change tracking and the Parent/Children pair see them. */
class SubtreeDespawnTest {
    private final World world = new World();

    @Test
    void despawningASubtreeReportsEveryDescendantAsDespawnedAndTheParentAsChanged() {
        Entity root = world.spawn(new Name("root"));
        Entity mid = world.spawn(new Name("mid"));
        Entity leafA = world.spawn(new Name("leafA"));
        Entity leafB = world.spawn(new Name("leafB"));
        Entity sibling = world.spawn(new Name("sibling"));
        world.setParent(mid, root);
        world.setParent(leafA, mid);
        world.setParent(leafB, mid);
        world.setParent(sibling, root);
        long mark = world.checkpoint();

        world.despawn(mid);

        Changes changes = world.changesSince(mark);
        assertThat(changes.despawned()).containsExactlyInAnyOrder(mid, leafA, leafB);
        assertThat(changes.components())
                .extracting(c -> c.entity() + " " + c.component() + " " + c.kind())
                .containsExactly(root + " Children CHANGED");
        assertThat(world.entities()).containsExactly(root, sibling);
    }

    @Test
    void despawningTheLastChildRemovesTheParentsChildren() {
        Entity root = world.spawn(new Name("root"));
        Entity only = world.spawn(new Name("only"));
        world.setParent(only, root);
        world.despawn(only);
        assertThat(world.has(root, Children.class)).isFalse();
    }

    @Test
    void reparentingMovesTheChildBetweenParentsAndNullDetaches() {
        Entity a = world.spawn(new Name("a"));
        Entity b = world.spawn(new Name("b"));
        Entity child = world.spawn(new Name("child"));
        world.setParent(child, a);
        world.setParent(child, b);
        assertThat(world.has(a, Children.class)).isFalse();
        assertThat(world.get(b, Children.class).entities()).containsExactly(child);
        assertThat(world.get(child, Parent.class).entity()).isEqualTo(b);

        world.setParent(child, null);
        assertThat(world.has(child, Parent.class)).isFalse();
        assertThat(world.has(b, Children.class)).isFalse();
    }

    @Test
    void attachingAnEntityToItselfIsACycle() {
        Entity e = world.spawn(new Name("e"));
        assertThatThrownBy(() -> world.setParent(e, e))
                .isInstanceOf(HierarchyException.class)
                .hasMessageContaining("cycle");
        assertThat(world.has(e, Parent.class)).isFalse();
    }
}
