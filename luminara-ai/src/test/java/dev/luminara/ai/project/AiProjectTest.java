package dev.luminara.ai.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.BehaviorTemplate;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.ai.testing.Arena;
import dev.luminara.ai.testing.ProjectCopy;
import dev.luminara.ai.testing.ScriptStandIn;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.TimelineException;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.Name;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiProjectTest {
    @TempDir
    Path dir;

    static World world() {
        World w = new World();
        w.register(ScriptStandIn.class);
        return w;
    }

    static AiIntent crates() {
        return new AiIntent.SpawnRelative(
                new EntityReference.ByName("player"),
                new RelativePosition.Forward(2),
                new EntityTemplate("crate", List.of(), Map.of()),
                3,
                null);
    }

    private static long crateCount(World w) {
        return w.query(Name.class).entities().stream()
                .filter(e -> w.get(e, Name.class).value().startsWith("crate"))
                .count();
    }

    @Test
    void anAgentsChangesAreSavedAndSurviveReopening() throws Exception {
        Path folder = ProjectCopy.arena(dir.resolve("arena"));
        Path scene = folder.resolve("arena.scene.json");
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            assertThat(ai.project().orElseThrow().warnings()).isEmpty();
            Operation op = ai.execute("three crates in front of the player", "ok", crates(), List.of("test"));
            assertThat(op.tags()).containsExactly("test", "intent:SpawnRelative");
            assertThat(op.changeSummary()).startsWith("spawned 20v0 \"crate\", 21v0 \"crate_2\", 22v0 \"crate_3\"");
            ai.project().orElseThrow().awaitSaved();
            assertThat(Files.readString(scene)).contains("\"crate_3\"");
            ai.execute(
                    "spin the tower",
                    "",
                    new AiIntent.AttachBehavior(
                            new EntityReference.ByName("tower"), BehaviorTemplate.builtin("spin"), Map.of()),
                    List.of());
            assertThat(folder.resolve("scripts/behaviors/spin-tower.lua")).exists();
        }
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            assertThat(crateCount(ai.world())).isEqualTo(3);
            assertThat(ai.project().orElseThrow().warnings()).isEmpty();
            ai.timeline().orElseThrow().undo();
            assertThat(folder.resolve("scripts/behaviors/spin-tower.lua")).doesNotExist();
            ai.timeline().orElseThrow().undo();
            assertThat(crateCount(ai.world())).isZero();
            ai.project().orElseThrow().awaitSaved();
            assertThat(Files.readString(scene)).doesNotContain("crate");
        }
    }

    @Test
    void aBurstOfChangesLeavesTheNewestHeadInTheSceneFile() throws Exception {
        Path folder = ProjectCopy.arena(dir.resolve("arena"));
        Path scene = folder.resolve("arena.scene.json");
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            for (int i = 0; i < 12; i++) {
                ai.execute("crates " + i, "", crates(), List.of());
                if (i % 3 == 2) ai.timeline().orElseThrow().undo();
            }
            AiProject project = ai.project().orElseThrow();
            project.awaitSaved();
            String written = Files.readString(scene);
            project.save();
            assertThat(written).isEqualTo(Files.readString(scene));
            assertThat(written).contains("\"crate_24\"").doesNotContain("\"crate_25\"");
        }
    }

    @Test
    void aSceneFileEditedBehindTheTimelinesBackIsKeptAsABackup() throws Exception {
        Path folder = ProjectCopy.arena(dir.resolve("arena"));
        Path scene = folder.resolve("arena.scene.json");
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            ai.execute("crates", "", crates(), List.of());
        }
        String edited = Files.readString(scene).replace("\"tower\"", "\"big_tower\"");
        Files.writeString(scene, edited);
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            assertThat(ai.project().orElseThrow().warnings())
                    .singleElement()
                    .asString()
                    .contains("differs from the timeline's head")
                    .contains(".luminara/backups/arena.scene.json.");
            assertThat(Arena.named(ai.world(), "tower")).isNotNull();
            assertThat(crateCount(ai.world())).isEqualTo(3);
        }
        try (Stream<Path> backups = Files.list(folder.resolve(".luminara/backups"))) {
            assertThat(backups.map(p -> readQuietly(p))).containsExactly(edited);
        }
        Files.writeString(scene, "{ not json");
        try (AiEngine ai = AiEngine.builder().world(world()).project(folder).build()) {
            assertThat(ai.project().orElseThrow().warnings())
                    .singleElement()
                    .asString()
                    .contains("cannot be read");
            assertThat(crateCount(ai.world())).isEqualTo(3);
        }
        assertThat(Files.readString(scene)).contains("crate_3");
    }

    @Test
    void aProjectHasOneSceneFileOrTheOneNamedAfterIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ProjectLayout.of(empty)).hasMessageContaining("has no *.scene.json");
        Path two = ProjectCopy.arena(dir.resolve("two"));
        Files.copy(two.resolve("arena.scene.json"), two.resolve("other.scene.json"));
        assertThatThrownBy(() -> ProjectLayout.of(two))
                .hasMessageContaining("several scene files [arena.scene.json, other.scene.json]");
        Files.copy(two.resolve("arena.scene.json"), two.resolve("two.scene.json"));
        assertThat(ProjectLayout.of(two).scene().getFileName().toString())
                .as("with several, the one named after the folder")
                .isEqualTo("two.scene.json");
        Files.createDirectories(two.resolve(".luminara"));
        Files.writeString(two.resolve(".luminara/project.json"), "{\"scene\": \"other.scene.json\"}");
        assertThat(ProjectLayout.of(two).scene().getFileName().toString()).isEqualTo("other.scene.json");
        Files.writeString(two.resolve(".luminara/project.json"), "{\"scen\": \"x\"}");
        assertThatThrownBy(() -> ProjectLayout.of(two))
                .hasMessageContaining("project.json")
                .hasMessageContaining("scen");
    }

    @Test
    void anEngineOverAnAppWorksBetweenFramesAndRefusesToRecordWithoutATimeline() {
        App app = App.builder().plugin(new DefaultPlugins()).build();
        dev.luminara.core.scene.Scenes.load(dev.luminara.core.testing.Samples.arenaScene(), app.world());
        app.runFrames(3);
        try (AiEngine ai = AiEngine.builder().app(app).build()) {
            assertThat(ai.generateContext("buggy", 500).tokenUsage()).isBetween(1, 500);
            assertThat(ai.search("buggy", 1).get(0).name()).isEqualTo("buggy");
            assertThat(ai.resolve(crates())).hasSize(3);
            assertThatThrownBy(() -> ai.execute("crates", "", crates(), List.of()))
                    .isInstanceOf(TimelineException.class)
                    .hasMessageContaining("no timeline");
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
