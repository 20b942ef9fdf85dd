package dev.luminara.core.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import dev.luminara.core.testing.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample arena is what docs, the README and later features rely on; these are the facts they use. */
class ArenaSampleTest {

    private static World load() {
        World world = new World();
        Scenes.load(Samples.arenaScene(), world);
        return world;
    }

    private static Entity named(World world, String name) {
        return world.query(Name.class).entities().stream()
                .filter(e -> world.get(e, Name.class).value().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    @Test
    void theArenaHasItsCast() {
        World world = load();
        assertThat(world.entityCount()).isEqualTo(20);
        List<Entity> enemies = world.query(Tags.class).entities().stream()
                .filter(e -> world.get(e, Tags.class).has("enemy"))
                .toList();
        assertThat(enemies).hasSize(4);
        assertThat(world.get(named(world, "player"), Tags.class).has("player")).isTrue();
        assertThat(world.query(Camera.class).count()).isEqualTo(1);
        assertThat(world.query(Light.class).entities().stream()
                        .map(e -> world.get(e, Light.class).kind())
                        .toList())
                .contains(LightKind.DIRECTIONAL, LightKind.POINT, LightKind.POINT);
        long walls = world.query(Tags.class).entities().stream()
                .filter(e -> world.get(e, Tags.class).has("wall"))
                .count();
        assertThat(walls).isEqualTo(4);
    }

    @Test
    void oneRedEnemyStandsNearTheTower() {
        World world = load();
        Entity red = named(world, "enemy_red");
        assertThat(world.get(red, MeshShape.class).color().nearestName()).isEqualTo("red");
        assertThat(world.get(red, MeshShape.class).color()).isEqualTo(Color.RED);
        Vec3 tower = world.get(named(world, "tower"), Transform.class).position();
        Vec3 at = world.get(red, Transform.class).position();
        assertThat(at.sub(tower).length()).isLessThan(5f);
    }

    @Test
    void pickupsAreTriggersAndTheVehicleIsDrivable() {
        World world = load();
        List<Entity> pickups = world.query(Tags.class).entities().stream()
                .filter(e -> world.get(e, Tags.class).has("pickup"))
                .toList();
        assertThat(pickups).hasSize(3);
        pickups.forEach(p -> assertThat(world.get(p, Collider.class).trigger()).isTrue());

        Entity buggy = named(world, "buggy");
        assertThat(world.get(buggy, RigidBody.class).mass()).isEqualTo(800f);
        assertThat(world.has(buggy, Collider.class)).isTrue();
        assertThat(world.has(buggy, MeshShape.class)).isTrue();
        assertThat(world.get(buggy, AudioSource.class)).isEqualTo(new AudioSource("tone:440", 0.4f, true, true));
        assertThat(world.get(buggy, Tags.class).has("vehicle")).isTrue();
        assertThat(world.get(buggy, Children.class).entities()).containsExactly(named(world, "buggy_headlight"));
    }

    @Test
    void afterTenSecondsOfPhysicsEveryBodyRestsOnTheFloor() {
        App app = App.builder().hz(60).seed(1).plugin(new DefaultPlugins()).build();
        Scenes.load(Samples.arenaScene(), app.world());
        World world = app.world();
        List<Entity> dynamic = world.query(RigidBody.class).entities().stream()
                .filter(e -> world.get(e, RigidBody.class).kind() == BodyKind.DYNAMIC)
                .toList();
        Map<Entity, Vec3> start = new HashMap<>();
        dynamic.forEach(e -> start.put(e, world.get(e, Transform.class).position()));
        app.runFrames(600);

        assertThat(dynamic).contains(named(world, "player"), named(world, "buggy"));
        for (Entity e : dynamic) {
            Vec3 was = start.get(e), now = world.get(e, Transform.class).position();
            // each starts touching the floor; it settles by at most the solver's penetration slop and does not slide
            assertThat(now.y()).as("%s height", e).isBetween(was.y() - 0.005f, was.y());
            assertThat(now.x()).as("%s x", e).isEqualTo(was.x());
            assertThat(now.z()).as("%s z", e).isEqualTo(was.z());
        }
        SpatialIndex index = world.resource(SpatialIndex.class);
        Vec3 tower = world.get(named(world, "tower"), Transform.class).position();
        assertThat(index.nearest(
                        tower,
                        e -> world.find(e, Tags.class).map(t -> t.has("enemy")).orElse(false)))
                .map(SpatialHit::entity)
                .contains(named(world, "enemy_red"));
    }

    @Test
    void itRunsAndHierarchyPropagates() {
        App app = App.builder().hz(60).seed(1).plugin(new DefaultPlugins()).build();
        Scenes.load(Samples.arenaScene(), app.world());
        app.runFrames(60);
        World world = app.world();
        Entity lamp = named(world, "tower_lamp");
        assertThat(world.get(lamp, GlobalTransform.class).position()).isEqualTo(new Vec3(10, 8.5f, -10));
        assertThat(world.entityCount()).isEqualTo(20);

        // a running world saves and loads back exactly, derived GlobalTransforms included
        String text = Scenes.write(Scenes.capture(world, "arena"));
        World copy = new World();
        Scenes.spawn(Scenes.parse(text, "arena.scene.json", copy.components()), copy, "arena.scene.json");
        assertThat(copy.snapshot().sameContent(world.snapshot())).isTrue();
    }
}
