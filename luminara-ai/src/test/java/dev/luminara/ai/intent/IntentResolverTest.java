package dev.luminara.ai.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.testing.Arena;
import dev.luminara.ai.testing.ScriptStandIn;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntentResolverTest {
    private World world;
    private ScriptStore scripts;
    private IntentResolver resolver;
    private CommandExecutor executor;

    @BeforeEach
    void setUp() {
        world = Arena.load();
        world.register(ScriptStandIn.class);
        scripts = ScriptStore.inMemory();
        SpatialIndex spatial = SpatialIndex.of(world);
        resolver = new IntentResolver(world, spatial, new SemanticIndex(world, spatial), scripts);
        executor = new CommandExecutor(world, scripts);
    }

    private Entity named(String name) {
        return Arena.named(world, name);
    }

    @Test
    void referencesResolveByNameTagComponentIdNearestAndDescription() {
        assertThat(resolver.resolveReference(new EntityReference.ByName("tower")))
                .isEqualTo(named("tower"));
        assertThat(resolver.resolveReference(new EntityReference.ByTag("player")))
                .isEqualTo(named("player"));
        assertThat(resolver.resolveReference(new EntityReference.ByComponent("Camera")))
                .isEqualTo(named("camera"));
        assertThat(resolver.resolveReference(new EntityReference.ById(named("buggy"))))
                .isEqualTo(named("buggy"));
        assertThat(resolver.resolveReference(
                        new EntityReference.Nearest(new EntityReference.ByName("player"), "enemy", null)))
                .isEqualTo(named("enemy_scout"));
        assertThat(resolver.resolveReference(new EntityReference.Semantic("the red enemy near the tower")))
                .isEqualTo(named("enemy_red"));
        assertThat(resolver.resolveAll(new EntityReference.ByTag("enemy"))).hasSize(4);
    }

    @Test
    void anAmbiguousReferenceListsItsCandidatesAndNeverGuesses() {
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.ByTag("enemy")))
                .isInstanceOfSatisfying(UnresolvedReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnresolvedReferenceException.Reason.AMBIGUOUS);
                    assertThat(e.candidates())
                            .extracting(Candidate::name)
                            .containsExactlyInAnyOrder("enemy_grunt_1", "enemy_grunt_2", "enemy_red", "enemy_scout");
                    assertThat(e.getMessage()).startsWith("ambiguous reference ByTag(\"enemy\"): 4 entities match");
                });
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.Semantic("enemy")))
                .isInstanceOfSatisfying(UnresolvedReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnresolvedReferenceException.Reason.AMBIGUOUS);
                    assertThat(e.candidates()).hasSizeGreaterThan(1);
                    assertThat(e.candidates().get(0).score()).isPositive();
                    assertThat(e.getMessage()).contains("score");
                });
        // two entities at exactly the same distance
        Entity a = world.spawn(new Name("a"), Transform.at(100, 0, 1));
        world.spawn(new Name("b"), Transform.at(100, 0, -1));
        world.spawn(new Name("c"), Transform.at(100, 0, 0));
        assertThatThrownBy(() -> resolver.resolveReference(
                        new EntityReference.Nearest(new EntityReference.ByName("c"), null, null)))
                .isInstanceOfSatisfying(UnresolvedReferenceException.class, e -> assertThat(e.candidates())
                        .extracting(Candidate::entity)
                        .contains(a));
    }

    @Test
    void anUnknownReferenceSaysWhatIsClose() {
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.ByName("towr")))
                .isInstanceOfSatisfying(UnresolvedReferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnresolvedReferenceException.Reason.NOT_FOUND);
                    assertThat(e.candidates()).extracting(Candidate::name).contains("tower");
                });
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.ByTag("enemmy")))
                .hasMessageContaining("did you mean 'enemy'");
        Entity gone = named("buggy");
        world.despawn(gone);
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.ById(gone)))
                .hasMessageContaining("not alive");
        assertThatThrownBy(() -> resolver.resolveReference(new EntityReference.Semantic("xylophone")))
                .hasMessageContaining("nothing matches");
    }

    @Test
    void threeCratesTwoMetresInFrontOfThePlayerStandInARow() {
        EntityTemplate crate = new EntityTemplate("crate", List.of("crate"), Map.of("MeshShape", mesh("BOX", "brown")));
        AiIntent intent = new AiIntent.SpawnRelative(
                new EntityReference.ByName("player"), new RelativePosition.Forward(2), crate, 3, 1.5f);
        List<EngineCommand> commands = resolver.resolve(intent);
        assertThat(commands).hasSize(3);
        executor.applyAll(commands);
        assertThat(position("crate")).isEqualTo(new Vec3(-1.5f, 0.9f, 6));
        assertThat(position("crate_2")).isEqualTo(new Vec3(0, 0.9f, 6));
        assertThat(position("crate_3")).isEqualTo(new Vec3(1.5f, 0.9f, 6));
        assertThat(world.get(named("crate_2"), MeshShape.class).color()).isEqualTo(Color.BROWN);
        // a fourth crate gets the next free name
        EngineCommand.SpawnEntity next = (EngineCommand.SpawnEntity) resolver.resolve(new AiIntent.SpawnRelative(
                        new EntityReference.ByName("player"), new RelativePosition.Above(3), crate, 1, null))
                .get(0);
        assertThat(next.template().name()).isEqualTo("crate_4");
        assertThat(next.position()).isEqualTo(new Vec3(0, 3.9f, 8));
    }

    @Test
    void forwardFollowsTheAnchorsRotationAndOffsetsAreWorldSpace() {
        Entity p = named("player");
        // a quarter turn to the left: facing -X
        world.set(p, world.get(p, Transform.class).withRotation(Quat.axisAngleDegrees(Vec3.UP, 90)));
        List<Vec3> ahead = resolver.resolvePositions(new RelativePosition.Forward(4), p, 1, 1);
        assertThat(ahead.get(0).x()).isCloseTo(-4f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(ahead.get(0).z()).isCloseTo(8f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(resolver.resolvePositions(new RelativePosition.AtOffset(new Vec3(1, 2, 3)), p, 1, 1))
                .containsExactly(new Vec3(1, 2.9f, 11));
    }

    @Test
    void randomPointsAreSeededAndWithinTheRadius() {
        Entity p = named("player");
        List<Vec3> a = resolver.resolvePositions(new RelativePosition.RandomInRadius(5, 42L), p, 20, 1);
        List<Vec3> again = resolver.resolvePositions(new RelativePosition.RandomInRadius(5, 42L), p, 20, 1);
        List<Vec3> other = resolver.resolvePositions(new RelativePosition.RandomInRadius(5, 43L), p, 20, 1);
        assertThat(a).isEqualTo(again).isNotEqualTo(other);
        Vec3 at = world.get(p, Transform.class).position();
        assertThat(a).allSatisfy(v -> {
            assertThat(v.distance(at)).isLessThanOrEqualTo(5.0001f);
            assertThat(v.y()).isEqualTo(at.y());
        });
    }

    @Test
    void reachablePointsStayInsideTheWallsAndOutOfSolidThings() {
        Entity p = named("player");
        List<Vec3> points = resolver.resolvePositions(new RelativePosition.RandomReachable(40, 7L), p, 200, 1);
        assertThat(points)
                .isEqualTo(resolver.resolvePositions(new RelativePosition.RandomReachable(40, 7L), p, 200, 1));
        Vec3 tower = world.get(named("tower"), Transform.class).position();
        assertThat(points).allSatisfy(v -> {
            assertThat(Math.abs(v.x())).isLessThan(15f); // the walls' inner faces
            assertThat(Math.abs(v.z())).isLessThan(15f);
            boolean inTower = Math.abs(v.x() - tower.x()) < 1.5f && Math.abs(v.z() - tower.z()) < 1.5f;
            assertThat(inTower).as("%s inside the tower", v).isFalse();
        });
    }

    @Test
    void aPenOfWallsKeepsReachablePointsInsideIt() {
        World w = new World();
        Entity sheep = w.spawn(new Name("sheep"), Transform.at(0, 0.5f, 0), Collider.box(0.3f, 0.5f, 0.3f));
        // a 4 x 4 m pen
        w.spawn(Transform.at(0, 0.5f, -2), Collider.box(2.2f, 0.5f, 0.1f));
        w.spawn(Transform.at(0, 0.5f, 2), Collider.box(2.2f, 0.5f, 0.1f));
        w.spawn(Transform.at(-2, 0.5f, 0), Collider.box(0.1f, 0.5f, 2.2f));
        w.spawn(Transform.at(2, 0.5f, 0), Collider.box(0.1f, 0.5f, 2.2f));
        // the floor under everything is no obstacle
        w.spawn(Transform.at(0, -0.5f, 0), Collider.box(50, 0.5f, 50));
        SpatialIndex spatial = SpatialIndex.of(w);
        IntentResolver r = new IntentResolver(w, spatial, new SemanticIndex(w, spatial), ScriptStore.none());
        List<Vec3> points = r.resolvePositions(new RelativePosition.RandomReachable(10, 1L), sheep, 100, 1);
        assertThat(points).allSatisfy(v -> {
            assertThat(Math.abs(v.x())).isLessThan(2f);
            assertThat(Math.abs(v.z())).isLessThan(2f);
        });
        // and a radius too small to leave the anchor's cell finds nothing
        assertThatThrownBy(() -> r.resolvePositions(new RelativePosition.RandomReachable(0.2f, 1L), sheep, 1, 1))
                .isInstanceOf(IntentException.class)
                .hasMessageContaining("no reachable point");
    }

    @Test
    void modifyMatchingTouchesEveryMatchAndRefusesEntitiesWithoutTheComponent() {
        AiIntent red = new AiIntent.ModifyMatching(
                new EntityReference.ByTag("enemy"),
                "MeshShape",
                new ComponentMutation.SetField("color", JsonNodeFactory.instance.textNode("red")));
        List<EngineCommand> commands = resolver.resolve(red);
        assertThat(commands).hasSize(4);
        executor.applyAll(commands);
        assertThat(resolver.resolveAll(new EntityReference.ByTag("enemy")))
                .allSatisfy(
                        e -> assertThat(world.get(e, MeshShape.class).color()).isEqualTo(Color.RED));
        assertThatThrownBy(() -> resolver.resolve(new AiIntent.ModifyMatching(
                        new EntityReference.ByComponent("Light"),
                        "MeshShape",
                        new ComponentMutation.SetField("color", JsonNodeFactory.instance.textNode("red")))))
                .isInstanceOf(IntentException.class)
                .hasMessageContaining("have no MeshShape");
        assertThatThrownBy(() -> resolver.resolve(new AiIntent.ModifyMatching(
                        new EntityReference.ByTag("enemy"),
                        "MeshShape",
                        new ComponentMutation.SetField("colour", JsonNodeFactory.instance.textNode("red")))))
                .hasMessageContaining("colour");
    }

    @Test
    void attachBehaviorWritesAFilledTemplateAndAddsTheScriptComponent() {
        AiIntent spin = new AiIntent.AttachBehavior(
                new EntityReference.ByName("tower"),
                BehaviorTemplate.builtin("spin"),
                Map.of("speed", new DynamicReference.Literal(JsonNodeFactory.instance.numberNode(45))));
        List<EngineCommand> commands = resolver.resolve(spin);
        assertThat(commands).hasSize(2);
        EngineCommand.CreateScript create = (EngineCommand.CreateScript) commands.get(0);
        assertThat(create.path()).isEqualTo("behaviors/spin-tower.lua");
        assertThat(create.source()).contains("speed = 45,").doesNotContain("{{");
        executor.applyAll(commands);
        assertThat(world.get(named("tower"), ScriptStandIn.class))
                .isEqualTo(new ScriptStandIn("behaviors/spin-tower.lua", true));
        assertThat(scripts.read("behaviors/spin-tower.lua")).contains(create.source());
        // one Script per entity: attaching again is refused
        assertThatThrownBy(() -> resolver.resolve(spin)).hasMessageContaining("already runs behaviors/spin-tower.lua");
    }

    @Test
    void behaviourParametersAreCheckedAndResolved() {
        assertThatThrownBy(() -> resolver.resolve(new AiIntent.AttachBehavior(
                        new EntityReference.ByName("enemy_red"), BehaviorTemplate.builtin("patrol"), Map.of())))
                .hasMessageContaining("needs parameter 'to'");
        assertThatThrownBy(() -> resolver.resolve(new AiIntent.AttachBehavior(
                        new EntityReference.ByName("enemy_red"),
                        BehaviorTemplate.builtin("spin"),
                        Map.of("sped", new DynamicReference.Literal(JsonNodeFactory.instance.numberNode(1))))))
                .hasMessageContaining("has no parameter 'sped'; it takes speed");
        assertThatThrownBy(() -> resolver.resolve(new AiIntent.AttachBehavior(
                        new EntityReference.ByName("enemy_red"), BehaviorTemplate.builtin("dance"), Map.of())))
                .hasMessageContaining("unknown behaviour 'dance'");
        List<EngineCommand> patrol = resolver.resolve(new AiIntent.AttachBehavior(
                new EntityReference.ByName("enemy_red"),
                BehaviorTemplate.builtin("patrol"),
                Map.of("to", new DynamicReference.PositionOf(new EntityReference.ByName("tower")))));
        assertThat(((EngineCommand.CreateScript) patrol.get(0)).source()).contains("target = vec3(10.0, 4.0, -10.0),");
        List<EngineCommand> follow = resolver.resolve(new AiIntent.AttachBehavior(
                new EntityReference.ByName("enemy_scout"),
                BehaviorTemplate.builtin("follow"),
                Map.of("target", new DynamicReference.EntityOf(new EntityReference.ByTag("player")))));
        assertThat(((EngineCommand.CreateScript) follow.get(0)).source()).contains("target_name = \"player\",");
    }

    @Test
    void aWorldWithoutTheScriptComponentCannotTakeBehaviours() {
        World bare = Arena.load();
        SpatialIndex spatial = SpatialIndex.of(bare);
        IntentResolver r = new IntentResolver(bare, spatial, new SemanticIndex(bare, spatial), scripts);
        assertThatThrownBy(() -> r.resolve(new AiIntent.AttachBehavior(
                        new EntityReference.ByName("tower"), BehaviorTemplate.builtin("spin"), Map.of())))
                .hasMessageContaining("no Script component");
    }

    @Test
    void intentsReadFromToolJson() {
        AiIntent intent = AiJson.read(
                "{\"type\": \"SpawnRelative\", \"anchor\": {\"type\": \"ByName\", \"name\": \"player\"},"
                        + " \"offset\": {\"type\": \"Forward\", \"distance\": 2}, \"count\": 3,"
                        + " \"template\": {\"name\": \"crate\", \"components\": {\"MeshShape\": {\"kind\": \"BOX\"}}}}",
                AiIntent.class);
        assertThat(resolver.resolve(intent)).hasSize(3);
        AiIntent back = AiJson.read(AiJson.write(intent), AiIntent.class);
        assertThat(AiJson.write(back)).isEqualTo(AiJson.write(intent));
        assertThatThrownBy(() ->
                        AiJson.read("{\"type\": \"SpawnRelative\", \"anchor\": {\"type\": \"ByNam\"}}", AiIntent.class))
                .hasMessageContaining("anchor")
                .hasMessageContaining("ByNam");
    }

    private Vec3 position(String name) {
        return world.get(named(name), Transform.class).position();
    }

    private static ObjectNode mesh(String kind, String color) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("kind", kind);
        n.put("color", color);
        return n;
    }
}
