package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.Projection;
import dev.luminara.core.json.Json;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.scene.Scenes;
import dev.luminara.core.testing.Samples;
import org.junit.jupiter.api.Test;

/** The structured half of a capture: what a tool returns next to the image. */
class ViewDescriptionTest {
    @Test
    void theArenaCameraViewListsItsCastWithBoxesAndLights() {
        App app = TestScenes.arena();
        Capture c = Viewport.of(CaptureConfig.defaults().withSize(640, 360)).capture(app.world());
        ViewDescription d = c.description();
        assertThat(d.angle()).isEqualTo(ViewAngle.CAMERA);
        assertThat(d.camera().entity()).isEqualTo(Entity.ofIndex(0));
        assertThat(d.camera().name()).isEqualTo("camera");
        assertThat(d.entities()).extracting(VisibleEntity::name).contains("player", "tower", "buggy", "enemy_red");
        assertThat(d.entities()).extracting(VisibleEntity::entity).isSorted();
        VisibleEntity player = d.named("player").orElseThrow();
        assertThat(player.kind()).isEqualTo(MeshKind.CAPSULE);
        assertThat(player.visiblePixels()).isPositive();
        assertThat(player.box()
                        .contains(
                                player.visibleBox().centerX(),
                                player.visibleBox().centerY()))
                .isTrue();
        assertThat(player.size().y()).isCloseTo(1.8f, offset(0.01f));
        // the tower lamp is a child of the tower: drawn at its world position, not its local one
        VisibleLight lamp = d.lights().stream()
                .filter(l -> "tower_lamp".equals(l.name()))
                .findFirst()
                .orElseThrow();
        assertThat(lamp.position()).isEqualTo(new Vec3(10, 8.5f, -10));
        assertThat(d.toText())
                .startsWith("camera view, 640x360, perspective 60 deg, from camera 0v0")
                .contains("7v0 player: blue capsule at (0.00, 0.90, 8.00)")
                .contains("13v0 tower_lamp: point, intensity 3.00, range 12.0 m");
        long seen = d.entities().stream().filter(v -> v.visiblePixels() > 0).count();
        assertThat(d.toText()).contains(d.entities().size() + " entities in the frame, " + seen + " visible:\n");
    }

    @Test
    void theDescriptionSerialisesToJsonWithEntityIdsAsText() throws Exception {
        App app = TestScenes.arena();
        ViewDescription d = Viewport.of(CaptureConfig.defaults().withSize(320, 180))
                .capture(app.world(), ViewAngle.TOP)
                .description();
        JsonNode json = Json.mapper().valueToTree(d);
        assertThat(json.get("angle").asText()).isEqualTo("TOP");
        JsonNode first = json.get("entities").get(0);
        assertThat(first.get("entity").asText()).isEqualTo("2v0");
        assertThat(first.get("box").get("width").asInt()).isPositive();
        assertThat(json.get("camera").get("projection").asText()).isEqualTo("ORTHOGRAPHIC");
        assertThat(json.get("camera").get("entity").isNull()).isTrue();
    }

    @Test
    void entitiesBehindTheCameraOrOutsideTheViewAreNotListed() {
        World world = new World();
        TestScenes.camera(world, Projection.PERSPECTIVE);
        TestScenes.sun(world, 1);
        Entity seen = TestScenes.box(world, "seen", new Vec3(0, 0.5f, 0), Color.RED);
        TestScenes.box(world, "behind", new Vec3(0, 4, 14), Color.RED);
        TestScenes.box(world, "aside", new Vec3(60, 0.5f, 0), Color.RED);
        ViewDescription d = Viewport.of(CaptureConfig.defaults().withSize(320, 240))
                .capture(world)
                .description();
        assertThat(d.entities()).extracting(VisibleEntity::entity).containsExactly(seen);
    }

    @Test
    void unloadedChildrenAreDrawnThroughTheirParentsEvenBeforeTheFirstStep() {
        World world = new World();
        Scenes.load(Samples.arenaScene(), world);
        ViewDescription d = Viewport.of(CaptureConfig.defaults().withSize(320, 180))
                .capture(world)
                .description();
        VisibleLight lamp = d.lights().stream()
                .filter(l -> "tower_lamp".equals(l.name()))
                .findFirst()
                .orElseThrow();
        assertThat(lamp.position()).isEqualTo(new Vec3(10, 8.5f, -10));
    }
}
