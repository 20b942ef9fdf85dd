package dev.luminara.core.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {

    private static GlobalTransform at(float x, float y, float z) {
        return GlobalTransform.of(Transform.at(x, y, z));
    }

    private static List<Entity> entities(List<SpatialHit> hits) {
        return hits.stream().map(SpatialHit::entity).toList();
    }

    @Test
    void nearestFindsTheClosestAcceptedEntities() {
        World world = new World();
        Entity a = world.spawn(at(1, 0, 0), Tags.of("enemy"));
        Entity b = world.spawn(at(3, 0, 0), Tags.of("enemy"));
        Entity c = world.spawn(at(2, 0, 0), Tags.of("crate"));
        SpatialIndex index = SpatialIndex.of(world);

        assertThat(entities(index.nearest(Vec3.ZERO, 2))).containsExactly(a, c);
        assertThat(index.nearest(Vec3.ZERO, e -> world.get(e, Tags.class).has("crate")))
                .contains(new SpatialHit(c, 2f));
        assertThat(entities(index.nearest(
                        new Vec3(10, 0, 0), 10, e -> world.get(e, Tags.class).has("enemy"))))
                .containsExactly(b, a);
        assertThat(index.nearest(Vec3.ZERO, e -> false)).isEmpty();
        assertThat(index.nearest(Vec3.ZERO, 0)).isEmpty();
    }

    @Test
    void tiesAreBrokenByEntityIndex() {
        World world = new World();
        Entity first = world.spawn(at(0, 0, 1));
        Entity second = world.spawn(at(1, 0, 0));
        Entity third = world.spawn(at(0, 1, 0));
        SpatialIndex index = SpatialIndex.of(world);
        assertThat(entities(index.nearest(Vec3.ZERO, 3))).containsExactly(first, second, third);
        assertThat(entities(index.withinRadius(Vec3.ZERO, 1))).containsExactly(first, second, third);
    }

    @Test
    void withinRadiusIsSortedAndIncludesTheBoundary() {
        World world = new World();
        Entity far = world.spawn(at(0, 0, 5));
        Entity edge = world.spawn(at(0, 3, 0));
        Entity near = world.spawn(at(1, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        assertThat(index.withinRadius(Vec3.ZERO, 3))
                .containsExactly(new SpatialHit(near, 1f), new SpatialHit(edge, 3f));
        assertThat(entities(index.withinRadius(Vec3.ZERO, 100))).containsExactly(near, edge, far);
        assertThat(index.withinRadius(new Vec3(50, 50, 50), 1)).isEmpty();
    }

    @Test
    void inBoxIncludesItsBoundsAndListsByIndex() {
        World world = new World();
        Entity corner = world.spawn(at(2, 2, 2));
        Entity inside = world.spawn(at(1, 1, 1));
        world.spawn(at(2.01f, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        assertThat(index.inBox(Vec3.ZERO, new Vec3(2, 2, 2))).containsExactly(corner, inside);
        assertThatThrownBy(() -> index.inBox(Vec3.ONE, Vec3.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds max");
    }

    @Test
    void badArgumentsAreRejectedWithTheirValue() {
        SpatialIndex index = SpatialIndex.of(new World());
        assertThatThrownBy(() -> index.nearest(Vec3.ZERO, -1)).hasMessageContaining("k must be >= 0, got -1");
        assertThatThrownBy(() -> index.withinRadius(Vec3.ZERO, -2)).hasMessageContaining("radius");
        assertThatThrownBy(() -> index.nearest(new Vec3(Float.NaN, 0, 0), 1))
                .hasMessageContaining("point must be finite");
    }

    @Test
    void positionIsTheGlobalTransformElseARootsTransform() {
        World world = new World();
        Entity both = world.spawn(Transform.at(1, 1, 1), at(5, 5, 5));
        Entity local = world.spawn(Transform.at(2, 0, 0));
        Entity child = world.spawn(Transform.at(3, 0, 0));
        world.setParent(child, local);
        Entity unnamed = world.spawn(new Name("no position"));
        Entity lost = world.spawn(at(Float.NaN, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        assertThat(index.position(both)).contains(new Vec3(5, 5, 5));
        assertThat(index.position(local)).contains(new Vec3(2, 0, 0));
        assertThat(index.position(child)).isEmpty();
        assertThat(index.position(unnamed)).isEmpty();
        assertThat(index.position(lost)).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void refreshFollowsMovesSpawnsDespawnsAndLostPositions() {
        World world = new World();
        Entity mover = world.spawn(at(0, 0, 0));
        Entity doomed = world.spawn(at(1, 0, 0));
        Entity demoted = world.spawn(Transform.at(7, 0, 0), at(2, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        world.checkpoint();

        world.set(mover, at(100, 0, 0));
        world.despawn(doomed);
        Entity born = world.spawn(at(0.5f, 0, 0));
        world.remove(demoted, GlobalTransform.class); // now placed by its Transform
        index.refresh(world);

        assertThat(index.position(mover)).contains(new Vec3(100, 0, 0));
        assertThat(index.position(doomed)).isEmpty();
        assertThat(index.position(demoted)).contains(new Vec3(7, 0, 0));
        assertThat(entities(index.nearest(Vec3.ZERO, 3))).containsExactly(born, demoted, mover);

        world.remove(demoted, Transform.class);
        index.refresh(world);
        assertThat(index.position(demoted)).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aReusedSlotIsANewEntity() {
        World world = new World();
        Entity old = world.spawn(at(1, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        world.despawn(old);
        Entity reborn = world.spawn(at(9, 0, 0));
        assertThat(reborn.index()).isEqualTo(old.index());
        index.refresh(world);
        assertThat(index.position(old)).isEmpty();
        assertThat(index.nearest(Vec3.ZERO, 5)).containsExactly(new SpatialHit(reborn, 9f));
    }

    @Test
    void aRestoreIsSeenAsIncompleteHistoryAndRebuilt() {
        World world = new World();
        Entity e = world.spawn(at(1, 0, 0));
        SpatialIndex index = SpatialIndex.of(world);
        WorldSnapshot snap = world.snapshot();
        world.checkpoint(); // as the app does each frame: later writes carry later ticks
        world.set(e, at(50, 0, 0));
        Entity extra = world.spawn(at(2, 0, 0));
        world.checkpoint();
        index.refresh(world);
        assertThat(index.position(e)).contains(new Vec3(50, 0, 0));
        world.checkpoint();

        world.restore(snap); // e's restored row keeps an old change tick: only a rebuild finds it
        index.refresh(world);
        assertThat(index.position(e)).contains(new Vec3(1, 0, 0));
        assertThat(index.position(extra)).isEmpty();
    }

    @Test
    void asAResourceItIsCopiedOnWriteBySnapshotsAndForks() {
        World world = new World();
        Entity e = world.spawn(at(1, 0, 0));
        world.insertResource(SpatialIndex.of(world));
        World fork = world.fork();

        world.set(e, at(20, 0, 0));
        world.resource(SpatialIndex.class).refresh(world);
        assertThat(world.resource(SpatialIndex.class).position(e)).contains(new Vec3(20, 0, 0));
        // the fork's copy still answers for the state it was taken in, then follows the fork
        SpatialIndex forked = fork.resource(SpatialIndex.class);
        assertThat(forked).isNotSameAs(world.resource(SpatialIndex.class));
        assertThat(forked.position(e)).contains(new Vec3(1, 0, 0));
        fork.set(e, at(-3, 0, 0));
        forked.refresh(fork);
        assertThat(forked.position(e)).contains(new Vec3(-3, 0, 0));
        assertThat(world.resource(SpatialIndex.class).position(e)).contains(new Vec3(20, 0, 0));
    }

    @Test
    void thePluginKeepsTheIndexCurrentAfterPropagation() {
        App app = App.builder().plugin(new SpatialPlugin()).build();
        World world = app.world();
        Entity parent = world.spawn(Transform.at(10, 0, 0));
        Entity child = world.spawn(Transform.at(0, 2, 0));
        world.setParent(child, parent);
        app.step();
        SpatialIndex index = world.resource(SpatialIndex.class);
        assertThat(index.position(child)).contains(new Vec3(10, 2, 0));

        world.set(parent, Transform.at(-10, 0, 0));
        app.step();
        assertThat(index.position(child)).contains(new Vec3(-10, 2, 0));
        assertThat(app.schedule().timings())
                .extracting(t -> t.name())
                .containsSubsequence("transform.propagate", SpatialPlugin.REFRESH_SYSTEM);
    }

    @Test
    void theCellSizeAdaptsToTheDensity() {
        double dense = cellSizeFor(10f);
        double sparse = cellSizeFor(1000f);
        assertThat(sparse / dense).isBetween(30.0, 300.0);
        // a level laid out on a plane gets cells sized for the plane, not for its thin height
        World flat = new World();
        Random random = new Random(3);
        for (int i = 0; i < 4000; i++) {
            flat.spawn(at(random.nextFloat() * 1000, random.nextFloat() * 2, random.nextFloat() * 1000));
        }
        assertThat(SpatialIndex.of(flat).cellSize()).isBetween(15.0, 70.0);
    }

    @Test
    void aGrowingPopulationGetsANewCellSize() {
        World world = new World();
        SpatialIndex index = SpatialIndex.of(world);
        Random random = new Random(5);
        for (int i = 0; i < 5000; i++) {
            world.spawn(at(random.nextFloat() * 100, random.nextFloat() * 100, random.nextFloat() * 100));
        }
        index.refresh(world);
        assertThat(index.cellSize())
                .isCloseTo(SpatialIndex.of(world).cellSize(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(index.size()).isEqualTo(5000);
    }

    private static double cellSizeFor(float extent) {
        World world = new World();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            world.spawn(at(random.nextFloat() * extent, random.nextFloat() * extent, random.nextFloat() * extent));
        }
        return SpatialIndex.of(world).cellSize();
    }
}
