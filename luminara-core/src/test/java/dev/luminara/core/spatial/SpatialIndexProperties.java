package dev.luminara.core.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every query agrees with a brute-force scan of the world, over random worlds that are moved, despawned, respawned,
 * re-parented and restored from snapshots between refreshes. Coordinates are coarse on purpose so that equal distances
 * are common and the tie-break is exercised.
 */
class SpatialIndexProperties {

    /** One step of a scenario; the meaning of the numbers depends on {@code kind}. */
    record Op(int kind, int pick, int count, float x, float y, float z) {}

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Float> coordinate = Arbitraries.integers().between(-40, 40).map(i -> i / 2f);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(1, 60),
                        coordinate,
                        coordinate,
                        coordinate)
                .as(Op::new)
                .list()
                .ofMaxSize(40);
    }

    @Property(tries = 150)
    void queriesAgreeWithBruteForceAsTheWorldChanges(@ForAll("scenarios") List<Op> ops) {
        World world = new World();
        SpatialIndex index = SpatialIndex.of(world);
        List<WorldSnapshot> snapshots = new ArrayList<>();
        for (Op op : ops) {
            apply(world, op, snapshots);
            if (op.kind() >= 11) {
                index.refresh(world);
                check(world, index, op);
            }
        }
        index.refresh(world);
        for (Op op : ops) check(world, index, op);
        check(world, SpatialIndex.of(world), new Op(0, 7, 5, 0, 0, 0));
    }

    @Property(tries = 40)
    void thePluginsIndexAgreesWithBruteForceEveryFrame(@ForAll("scenarios") List<Op> ops) {
        App app = App.builder().plugin(new SpatialPlugin()).build();
        World world = app.world();
        List<WorldSnapshot> snapshots = new ArrayList<>();
        for (Op op : ops) {
            apply(world, op, snapshots);
            app.step();
            check(world, world.resource(SpatialIndex.class), op);
        }
    }

    private static void apply(World world, Op op, List<WorldSnapshot> snapshots) {
        List<Entity> live = world.entities();
        Entity target = live.isEmpty() ? null : live.get(Math.floorMod(op.pick(), live.size()));
        Random random = new Random(op.pick());
        switch (op.kind()) {
            case 0, 1, 2 -> {
                for (int i = 0; i < op.count(); i++) {
                    Vec3 p = jitter(op, random, i);
                    if (random.nextBoolean()) world.spawn(Transform.at(p));
                    else world.spawn(Transform.at(p), GlobalTransform.of(Transform.at(p.mul(0.5f))));
                }
            }
            case 3 -> world.spawn(GlobalTransform.of(Transform.at(op.x(), op.y(), op.z())));
            case 4 -> {
                for (int i = 0; i < Math.min(op.count(), live.size()); i++) {
                    Entity e = live.get(Math.floorMod(op.pick() + i * 7, live.size()));
                    if (world.has(e, Transform.class)) world.set(e, Transform.at(jitter(op, random, i)));
                }
            }
            case 5 -> {
                for (int i = 0; i < Math.min(op.count(), live.size()); i++) {
                    Entity e = live.get(Math.floorMod(op.pick() + i * 3, live.size()));
                    world.set(e, GlobalTransform.of(Transform.at(jitter(op, random, i))));
                }
            }
            case 6 -> {
                for (int i = 0; i < Math.min(op.count() / 4 + 1, live.size()); i++) {
                    Entity e = live.get(Math.floorMod(op.pick() + i * 5, live.size()));
                    if (world.isAlive(e)) world.despawn(e);
                }
            }
            case 7 -> {
                if (target != null) world.remove(target, GlobalTransform.class);
            }
            case 8 -> snapshots.add(world.snapshot());
            case 9 -> {
                if (!snapshots.isEmpty()) world.restore(snapshots.get(op.pick() % snapshots.size()));
            }
            case 10 -> {
                if (target != null && live.size() > 1) {
                    Entity parent = live.get(Math.floorMod(op.pick() + 1, live.size()));
                    try {
                        world.setParent(target, parent);
                    } catch (dev.luminara.core.HierarchyException cycle) {
                        // refused; nothing changed
                    }
                }
            }
            default -> world.checkpoint();
        }
    }

    private static Vec3 jitter(Op op, Random random, int i) {
        return new Vec3(
                op.x() + random.nextInt(9) - 4,
                op.y() + random.nextInt(3) - 1,
                op.z() + (i % 9) - 4 + random.nextInt(2));
    }

    /** The spec the index implements: GlobalTransform, else the Transform of an entity without a Parent. */
    private static Optional<Vec3> positionOf(World world, Entity e) {
        Optional<Vec3> p = world.find(e, GlobalTransform.class).map(GlobalTransform::position);
        if (p.isEmpty() && !world.has(e, Parent.class)) {
            p = world.find(e, Transform.class).map(Transform::position);
        }
        return p.filter(Vec3::isFinite);
    }

    private static List<SpatialHit> bruteForce(World world, Vec3 point, Predicate<Entity> filter) {
        List<SpatialHit> all = new ArrayList<>();
        for (Entity e : world.entities()) {
            positionOf(world, e)
                    .filter(p -> filter.test(e))
                    .ifPresent(p -> all.add(new SpatialHit(e, point.distance(p))));
        }
        all.sort(Comparator.comparing(SpatialHit::distance)
                .thenComparing(h -> h.entity().index()));
        return all;
    }

    private static void check(World world, SpatialIndex index, Op op) {
        Vec3 point = new Vec3(op.x() * 1.5f, op.y(), op.z() - op.count() % 7);
        Predicate<Entity> any = e -> true;
        Predicate<Entity> selective = e -> e.index() % (2 + op.pick() % 9) == 0;
        int k = 1 + op.count() % 12;

        List<SpatialHit> all = bruteForce(world, point, any);
        assertThat(index.size()).isEqualTo(all.size());
        assertThat(index.nearest(point, k, any)).isEqualTo(all.subList(0, Math.min(k, all.size())));
        List<SpatialHit> filtered = bruteForce(world, point, selective);
        assertThat(index.nearest(point, k, selective)).isEqualTo(filtered.subList(0, Math.min(k, filtered.size())));
        assertThat(index.nearest(point, selective)).isEqualTo(filtered.stream().findFirst());
        // far outside the data
        Vec3 far = point.add(new Vec3(500, -300, 200));
        assertThat(index.nearest(far, any))
                .isEqualTo(bruteForce(world, far, any).stream().findFirst());

        float radius = 1 + (op.pick() % 20) / 2f;
        assertThat(index.withinRadius(point, radius))
                .isEqualTo(all.stream().filter(h -> h.distance() <= radius).toList());

        Vec3 min = point.sub(new Vec3(radius, radius / 2, radius * 2));
        Vec3 max = point.add(new Vec3(radius / 3, radius, radius));
        List<Entity> inside = new ArrayList<>();
        for (Entity e : world.entities()) {
            positionOf(world, e)
                    .filter(p -> p.x() >= min.x() && p.x() <= max.x())
                    .filter(p -> p.y() >= min.y() && p.y() <= max.y())
                    .filter(p -> p.z() >= min.z() && p.z() <= max.z())
                    .ifPresent(p -> inside.add(e));
        }
        assertThat(index.inBox(min, max)).isEqualTo(inside);
    }
}
