package dev.luminara.bench.ai;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import java.util.SplittableRandom;

/**
 * A large world for the AI benchmarks, on a 1 km square, after one frame of transform propagation: a player and a camera, 50 towers with a lamp each, 5% enemies
 * in three colours with bodies and colliders, and props (crates, rocks, trees) for the rest. Every entity is named.
 */
final class BigWorld {
    static final float SIZE = 1000;
    private static final Color[] ENEMY_COLOURS = {Color.RED, Color.GREEN, Color.BLUE};
    private static final String[] PROPS = {"crate", "rock", "tree"};

    private BigWorld() {}

    /** The world after one frame of transform propagation, so every entity has its GlobalTransform as in a game. */
    static World build(int entities, long seed) {
        App app = App.builder().plugin(new TransformPlugin()).build();
        fill(app.world(), entities, seed);
        app.step();
        return app.world();
    }

    private static void fill(World w, int entities, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        w.spawn(new Name("player"), Tags.of("player"), Transform.at(0, 0.9f, 0), MeshShape.box(1, 2, 1, Color.BLUE));
        w.spawn(new Name("camera"), Transform.at(0, 20, 30), Camera.perspective(60));
        int made = 2;
        for (int i = 0; i < 50; i++, made += 2) {
            Entity tower = w.spawn(
                    new Name("tower_" + i),
                    Tags.of("landmark"),
                    Transform.at(at(r), 4, at(r)),
                    MeshShape.box(3, 8, 3, Color.BROWN),
                    Collider.box(1.5f, 4, 1.5f),
                    RigidBody.fixed());
            Entity lamp =
                    w.spawn(new Name("tower_lamp_" + i), Transform.at(0, 4.5f, 0), Light.point(Color.YELLOW, 2, 12));
            w.setParent(lamp, tower);
        }
        int enemies = entities / 20;
        for (int i = 0; i < enemies && made < entities; i++, made++) {
            w.spawn(
                    new Name("enemy_" + i),
                    Tags.of("enemy"),
                    Transform.at(at(r), 0.9f, at(r)),
                    new MeshShape(MeshKind.CAPSULE, new Vec3(0.8f, 1.8f, 0.8f), ENEMY_COLOURS[i % 3]),
                    Collider.box(0.4f, 0.9f, 0.4f),
                    RigidBody.dynamic(60));
        }
        for (int i = 0; made < entities; i++, made++) {
            String kind = PROPS[i % PROPS.length];
            w.spawn(
                    new Name(kind + "_" + i),
                    Tags.of("prop", kind),
                    Transform.at(at(r), 0.5f, at(r)),
                    MeshShape.box(1, 1, 1, Color.GREY));
        }
    }

    private static float at(SplittableRandom r) {
        return (float) r.nextDouble(-SIZE / 2, SIZE / 2);
    }
}
