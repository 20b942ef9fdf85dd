package dev.luminara.bench.mcp;

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
import dev.luminara.core.scene.Scenes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The 10,000-entity scene the MCP benchmarks serve, written to a scratch folder: a player and a camera, 50 towers with
 * a lamp each, 5% enemies with bodies and colliders (static ones, so a playing simulation does not scatter them), and
 * named props for the rest, on a 1 km square. {@link #props()} are ids for {@code scene_modify} to move.
 */
final class TenThousand implements AutoCloseable {
    static final int ENTITIES = 10_000;
    private static final String[] PROPS = {"crate", "rock", "tree"};
    private static final Color[] ENEMY_COLOURS = {Color.RED, Color.GREEN, Color.BLUE};

    private final Path folder;
    private final Path scene;
    private final List<String> props;

    private TenThousand(Path folder, Path scene, List<String> props) {
        this.folder = folder;
        this.scene = scene;
        this.props = List.copyOf(props);
    }

    static TenThousand write() {
        return write(ENTITIES);
    }

    /** A smaller world of the same make-up, for tests of the benchmarks themselves. */
    static TenThousand write(int entities) {
        try {
            Path folder = Files.createTempDirectory("luminara-bench-mcp-");
            Path scene = folder.resolve("bench.scene.json");
            Files.createDirectories(folder.resolve("scripts"));
            World w = new World();
            List<String> props = fill(w, entities, new SplittableRandom(7));
            Scenes.save(w, "bench", scene);
            return new TenThousand(folder, scene, props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark scene", e);
        }
    }

    private static List<String> fill(World w, int entities, SplittableRandom r) {
        List<String> props = new ArrayList<>();
        w.spawn(new Name("player"), Tags.of("player"), Transform.at(0, 0.9f, 0), MeshShape.box(1, 2, 1, Color.BLUE));
        w.spawn(new Name("camera"), Transform.at(0, 20, 30));
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
        for (int i = 0; i < entities / 20; i++, made++) {
            w.spawn(
                    new Name("enemy_" + i),
                    Tags.of("enemy"),
                    Transform.at(at(r), 0.9f, at(r)),
                    new MeshShape(MeshKind.CAPSULE, new Vec3(0.8f, 1.8f, 0.8f), ENEMY_COLOURS[i % 3]),
                    Collider.box(0.4f, 0.9f, 0.4f),
                    RigidBody.fixed());
        }
        for (int i = 0; made < entities; i++, made++) {
            String kind = PROPS[i % PROPS.length];
            Entity e = w.spawn(
                    new Name(kind + "_" + i),
                    Tags.of("prop", kind),
                    Transform.at(at(r), 0.5f, at(r)),
                    MeshShape.box(1, 1, 1, Color.GREY));
            if (props.size() < 64) props.add(e.toString());
        }
        return props;
    }

    private static float at(SplittableRandom r) {
        return (float) r.nextDouble(-500, 500);
    }

    Path scene() {
        return scene;
    }

    List<String> props() {
        return props;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
