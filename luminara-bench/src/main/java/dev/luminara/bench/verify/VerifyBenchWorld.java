package dev.luminara.bench.verify;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
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
import dev.luminara.runtime.GameRuntime;
import java.util.SplittableRandom;

/**
 * The verifier benchmarks' game: a {@link GameRuntime} (every default layer, scripting included) holding 10,000
 * entities on a 1 km square: a player, 50 towers with a lamp each, 5% enemies with dynamic bodies and colliders, props
 * for the rest; stepped a few frames so every entity has its GlobalTransform.
 */
final class VerifyBenchWorld {
    static final float SIZE = 1000;

    private VerifyBenchWorld() {}

    static GameRuntime build(int entities, long seed) {
        GameRuntime game = GameRuntime.builder().seed(seed).build();
        fill(game.world(), entities, new SplittableRandom(seed));
        game.app().runFrames(3);
        return game;
    }

    private static void fill(World w, int entities, SplittableRandom r) {
        w.spawn(new Name("player"), Tags.of("player"), Transform.at(0, 0.9f, 0), MeshShape.box(1, 2, 1, Color.BLUE));
        int made = 1;
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
        for (int i = 0; i < entities / 20 && made < entities; i++, made++) {
            w.spawn(
                    new Name("enemy_" + i),
                    Tags.of("enemy"),
                    Transform.at(at(r), 0.9f, at(r)),
                    new MeshShape(MeshKind.CAPSULE, new Vec3(0.8f, 1.8f, 0.8f), Color.RED),
                    Collider.box(0.4f, 0.9f, 0.4f),
                    RigidBody.dynamic(60));
        }
        for (int i = 0; made < entities; i++, made++) {
            w.spawn(
                    new Name("prop_" + i),
                    Tags.of("prop"),
                    Transform.at(at(r), 0.5f, at(r)),
                    MeshShape.box(1, 1, 1, Color.GREY));
        }
    }

    private static float at(SplittableRandom r) {
        return (float) r.nextDouble(-SIZE / 2, SIZE / 2);
    }
}
