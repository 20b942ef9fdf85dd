package dev.luminara.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Children;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Parent;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.testing.Health;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneTest {
    private static final String HAND_WRITTEN = """
            {
              "name": "tiny",
              "entities": [
                {"id": 2, "components": {"Name": {"value": "wheel"}, "Parent": {"entity": 0},
                                         "Transform": {"position": [1, 0, 0]}}},
                {"id": 0, "components": {"Name": {"value": "car"}, "Transform": {}, "RigidBody": {"mass": 800}}},
                {"id": "1v0", "components": {"Name": {"value": "seat"}, "Parent": {"entity": "0v0"}}}
              ]
            }
            """;

    @Test
    void aHandWrittenSceneGetsDefaultsSortedIdsAndRebuiltChildren() {
        World world = new World();
        Scene scene = Scenes.parse(HAND_WRITTEN, "tiny.scene.json", world.components());
        List<Entity> ids = Scenes.spawn(scene, world, "tiny.scene.json");

        assertThat(scene.name()).isEqualTo("tiny");
        assertThat(ids).containsExactly(new Entity(0, 0), new Entity(1, 0), new Entity(2, 0));
        Entity car = new Entity(0, 0);
        // Children rebuilt from Parent, in id order (the file lists the wheel first)
        assertThat(world.get(car, Children.class).entities()).containsExactly(new Entity(1, 0), new Entity(2, 0));
        assertThat(world.get(car, Transform.class)).isEqualTo(Transform.IDENTITY);
        assertThat(world.get(car, RigidBody.class).mass()).isEqualTo(800f);
        assertThat(world.get(car, RigidBody.class).useGravity()).isTrue();
        assertThat(world.get(new Entity(2, 0), Transform.class).position()).isEqualTo(new Vec3(1, 0, 0));
        assertThat(world.has(car, GlobalTransform.class)).isFalse();
    }

    @Test
    void savedTextIsCanonicalAndDiffFriendly() {
        World world = new World();
        Entity root = world.spawn(new Name("root"), Transform.at(1, 2, 3), Tags.of("b", "a"));
        Entity kid = world.spawn(Transform.at(0, 1, 0), new Name("kid"));
        world.setParent(kid, root);

        String text = Scenes.write(Scenes.capture(world, "demo"));

        assertThat(text)
                .startsWith("{\n  \"format\": \"luminara.scene/1\",\n  \"name\": \"demo\",\n  \"entities\": [")
                .contains("\"position\": [1.0, 2.0, 3.0],\n")
                .contains("\"values\": [\"a\", \"b\"]")
                .endsWith("}\n");
        assertThat(text.indexOf("\"0v0\"")).isLessThan(text.indexOf("\"1v0\""));
        // components in name order within an entity
        int kidAt = text.indexOf("\"id\": \"1v0\"");
        assertThat(text.indexOf("\"Name\"", kidAt)).isLessThan(text.indexOf("\"Parent\"", kidAt));
        assertThat(text.indexOf("\"Parent\"", kidAt)).isLessThan(text.indexOf("\"Transform\"", kidAt));
        assertThat(Scenes.write(Scenes.capture(world, "demo"))).isEqualTo(text);
    }

    @Test
    void saveAndLoadThroughAFile(@TempDir Path dir) {
        World world = new World();
        world.register(Health.class);
        Entity a = world.spawn(new Name("a"), new Health(40, 100, true), Transform.at(3, 4, 5));
        world.despawn(world.spawn(new Name("gone")));
        Entity c = world.spawn(new Name("c")); // reuses a slot with generation 1
        world.setParent(c, a);
        Path file = dir.resolve("sub/out.scene.json");

        Scenes.save(world, "out", file);
        World loaded = new World();
        loaded.register(Health.class);
        List<Entity> ids = Scenes.load(file, loaded);

        assertThat(ids).containsExactlyElementsOf(world.entities());
        assertThat(c.generation()).isEqualTo(1);
        assertThat(loaded.snapshot().sameContent(world.snapshot())).isTrue();
        assertThat(Scenes.read(file, loaded.components()).name()).isEqualTo("out");
        assertThat(dir.resolve("sub").toFile().list()).containsExactly("out.scene.json");
    }

    @Test
    void theDefaultNameIsTheFileNameWithoutItsExtension() {
        Scene scene = Scenes.parse("{\"entities\": []}", "levels/cave.scene.json", new World().components());
        assertThat(scene.name()).isEqualTo("cave");
        assertThat(scene.entities()).isEmpty();
    }

    @Test
    void aFailingLoadLeavesTheWorldUnchanged() {
        World world = new World();
        String bad = HAND_WRITTEN.replace("\"mass\": 800", "\"mass\": -5");
        WorldSnapshot before = world.snapshot();
        assertThatThrownBy(() -> Scenes.spawn(Scenes.parse(bad, "t.json", world.components()), world, "t.json"))
                .isInstanceOf(SceneException.class);
        assertThat(world.entityCount()).isZero();
        assertThat(world.snapshot().sameContent(before)).isTrue();
        // the same world still loads a good scene afterwards, with the exact ids
        Scenes.spawn(Scenes.parse(HAND_WRITTEN, "t.json", world.components()), world, "t.json");
        assertThat(world.entities()).hasSize(3);
    }

    /** Another class under the name "Health": a world that has it cannot take the test Health component. */
    @ComponentInfo(name = "Health", description = "A different component with a clashing name")
    record OtherHealth(int points) {}

    @Test
    void aComponentTheTargetWorldCannotTakeFailsBeforeAnythingIsSpawned() {
        World source = new World();
        source.spawn(new Name("first"));
        source.spawn(new Name("second"), new Health(5, 10, false));
        Scene scene = Scenes.capture(source, "clash");
        World target = new World();
        target.register(OtherHealth.class);

        assertThatThrownBy(() -> Scenes.spawn(scene, target, "clash.scene.json"))
                .isInstanceOf(SceneException.class)
                .hasMessageContaining("cannot use component Health")
                .hasMessageContaining("name already used by");
        assertThat(target.entityCount()).isZero();
        assertThat(target.entities()).isEmpty();
        assertThat(target.isAlive(new Entity(0, 0))).isFalse();
        // the slots are untouched: the same ids still spawn
        assertThat(target.spawnWithId(new Entity(0, 0), new Name("again"))).isEqualTo(new Entity(0, 0));
    }

    @Test
    void loadingIntoAPopulatedWorldIsRefusedAndChangesNothing(@TempDir Path dir) throws Exception {
        World world = new World();
        Entity mine = world.spawn(new Name("mine"));
        Path file = dir.resolve("tiny.scene.json");
        Files.writeString(file, HAND_WRITTEN);
        WorldSnapshot before = world.snapshot();

        assertThatThrownBy(() -> Scenes.load(file, world))
                .isInstanceOf(SceneException.class)
                .hasMessageContaining("tiny.scene.json")
                .hasMessageContaining("already has 1 entities")
                .hasMessageContaining("Scenes.instantiate");
        assertThat(world.snapshot().sameContent(before)).isTrue();
        assertThat(world.get(mine, Name.class).value()).isEqualTo("mine");
    }

    @Test
    void loadingWithPendingCommandsIsRefused() {
        World world = new World();
        world.commands().spawn(new Name("queued"));
        Scene scene = Scenes.parse(HAND_WRITTEN, "t.json", world.components());
        assertThatThrownBy(() -> Scenes.spawn(scene, world, "t.json")).hasMessageContaining("pending commands");
        assertThat(world.commands().size()).isEqualTo(1);
    }

    @Test
    void instantiateRemapsIdsAndReferences() {
        World world = new World();
        Entity existing = world.spawn(new Name("existing"));
        Scene scene = Scenes.parse(HAND_WRITTEN, "t.json", world.components());

        var ids = Scenes.instantiate(scene, world);

        Entity car = ids.get(new Entity(0, 0));
        assertThat(car).isNotEqualTo(new Entity(0, 0));
        assertThat(world.get(car, Name.class).value()).isEqualTo("car");
        assertThat(world.get(car, Children.class).entities())
                .containsExactly(ids.get(new Entity(1, 0)), ids.get(new Entity(2, 0)));
        assertThat(world.get(ids.get(new Entity(2, 0)), Parent.class).entity()).isEqualTo(car);
        assertThat(world.get(existing, Name.class).value()).isEqualTo("existing");
        assertThat(world.entityCount()).isEqualTo(4);
    }

    @Test
    void aMissingFileIsASceneError() {
        assertThatThrownBy(() -> Scenes.read(Path.of("no/such.scene.json"), new World().components()))
                .isInstanceOf(SceneException.class)
                .hasMessage("no/such.scene.json: no such file");
    }
}
