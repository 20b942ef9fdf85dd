package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.testing.Health;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    private final World world = new World();

    @Test
    void withAndWithoutSelectByComponentSet() {
        Entity moving = world.spawn(Transform.at(0, 0, 0), Velocity.linear(1, 0, 0));
        Entity still = world.spawn(Transform.at(0, 0, 0));
        Entity named = world.spawn(Transform.at(0, 0, 0), Velocity.ZERO, new Name("n"));
        assertThat(world.query(Transform.class, Velocity.class).entities()).containsExactlyInAnyOrder(moving, named);
        assertThat(world.query(Transform.class).without(Velocity.class).entities())
                .containsExactly(still);
        assertThat(world.query(Transform.class).without(Name.class).count()).isEqualTo(2);
    }

    @Test
    void aCachedQuerySeesArchetypesCreatedAfterIt() {
        Query q = world.query(Health.class);
        assertThat(q.count()).isZero();
        world.spawn(new Health(1, 2, false));
        world.spawn(new Health(1, 2, false), new Name("x"));
        assertThat(q.count()).isEqualTo(2);
    }

    @Test
    void typedForEachDeliversComponents() {
        world.spawn(Transform.at(1, 0, 0), Velocity.linear(2, 0, 0));
        List<Float> sums = new ArrayList<>();
        world.query(Transform.class, Velocity.class)
                .forEach(
                        Transform.class,
                        Velocity.class,
                        (e, t, v) -> sums.add(t.position().x() + v.linear().x()));
        assertThat(sums).containsExactly(3f);
        assertThatThrownBy(() -> world.query(Transform.class).forEach(Velocity.class, (e, v) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changedSinceSeesOnlyRowsWrittenAfterTheCheckpoint() {
        Entity a = world.spawn(Transform.at(0, 0, 0));
        Entity b = world.spawn(Transform.at(0, 0, 0));
        long mark = world.checkpoint();
        world.set(b, Transform.at(5, 0, 0));
        assertThat(world.query(Transform.class)
                        .changedSince(Transform.class, mark)
                        .entities())
                .containsExactly(b);
        assertThat(world.query(Transform.class)
                        .addedSince(Transform.class, mark)
                        .entities())
                .isEmpty();
        Entity c = world.spawn(Transform.at(0, 0, 0));
        assertThat(world.query(Transform.class)
                        .addedSince(Transform.class, mark)
                        .entities())
                .containsExactly(c);
        assertThat(a).isNotNull();
    }

    @Test
    void chunksExposePackedColumnsAndWritableArraysMarkRowsChanged() {
        for (int i = 0; i < 10; i++) {
            world.spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0));
        }
        long mark = world.checkpoint();
        world.query(Transform.class, Velocity.class).forEachChunk(chunk -> {
            float[] x = chunk.writableFloats(Transform.class, "position.x");
            float[] vx = chunk.floats(Velocity.class, "linear.x");
            for (int row = 0; row < chunk.size(); row++) x[row] += vx[row] * 0.5f;
        });
        List<Float> xs = new ArrayList<>();
        world.query(Transform.class)
                .forEach(Transform.class, (e, t) -> xs.add(t.position().x()));
        assertThat(xs).containsExactly(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f, 9.5f);
        assertThat(world.query(Transform.class)
                        .changedSince(Transform.class, mark)
                        .count())
                .isEqualTo(10);
        assertThat(world.query(Velocity.class)
                        .changedSince(Velocity.class, mark)
                        .count())
                .isZero();
    }

    @Test
    void everyWritableColumnIsMarkedOnceAndAgainInALaterTick() {
        for (int i = 0; i < 4; i++) world.spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0));
        for (int round = 0; round < 2; round++) {
            long mark = world.checkpoint();
            world.query(Transform.class, Velocity.class).forEachChunk(chunk -> {
                chunk.writableFloats(Transform.class, "position.x");
                chunk.writableFloats(Velocity.class, "linear.x");
                chunk.writableFloats(Transform.class, "position.y");
            });
            assertThat(world.query(Transform.class)
                            .changedSince(Transform.class, mark)
                            .count())
                    .isEqualTo(4);
            assertThat(world.query(Velocity.class)
                            .changedSince(Velocity.class, mark)
                            .count())
                    .isEqualTo(4);
        }
    }

    @Test
    void aBulkChangeMarkFollowsRowsThatMoveAfterIt() {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < 5; i++) es.add(world.spawn(Transform.at(i, 0, 0), Velocity.linear(1, 0, 0)));
        long beforeMark = world.checkpoint();
        world.query(Transform.class, Velocity.class)
                .forEachChunk(chunk -> chunk.writableFloats(Transform.class, "position.x"));
        long afterMark = world.checkpoint();
        world.despawn(es.get(0)); // the last row moves into row 0
        world.set(es.get(1), new Name("moved")); // row copied into another archetype
        Entity late = world.spawn(Transform.at(9, 0, 0), Velocity.linear(1, 0, 0));
        assertThat(world.query(Transform.class)
                        .changedSince(Transform.class, beforeMark)
                        .entities())
                .containsExactlyInAnyOrder(es.get(1), es.get(2), es.get(3), es.get(4), late);
        assertThat(world.query(Transform.class)
                        .changedSince(Transform.class, afterMark)
                        .entities())
                .containsExactly(late);
        assertThat(world.changedTick(es.get(4), Transform.class)).isEqualTo(afterMark);
        assertThat(world.changedTick(es.get(1), Transform.class)).isEqualTo(afterMark);
        // a snapshot keeps the mark
        World copy = world.snapshot().toWorld();
        assertThat(copy.query(Transform.class)
                        .changedSince(Transform.class, beforeMark)
                        .count())
                .isEqualTo(5);
    }

    @Test
    void chunkRejectsUnpackedOrUnknownFields() {
        world.spawn(Transform.at(0, 0, 0), new Name("n"));
        world.query(Transform.class, Name.class).forEachChunk(chunk -> {
            assertThatThrownBy(() -> chunk.floats(Name.class, "value")).hasMessageContaining("not stored packed");
            assertThatThrownBy(() -> chunk.floats(Transform.class, "position.q"))
                    .hasMessageContaining("position.q");
            assertThat(chunk.get(0, Transform.class).position()).isEqualTo(Vec3.ZERO);
        });
    }
}
