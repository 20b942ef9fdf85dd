package dev.luminara.ai.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.testing.Arena;
import dev.luminara.ai.testing.ProjectCopy;
import dev.luminara.ai.timeline.TimelineOptions;
import dev.luminara.core.Entity;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopening a project whose scene file was saved from a live world, or edited behind the timeline's back. */
class SceneFileReconcileTest {
    @TempDir
    Path dir;

    /** A session in which the game moved the tower (as physics or a script would), then an agent changed something. */
    private Path liveSession() {
        Path folder = ProjectCopy.arena(dir.resolve("arena"));
        try (AiEngine ai =
                AiEngine.builder().world(AiProjectTest.world()).project(folder).build()) {
            Entity tower = Arena.named(ai.world(), "tower");
            Transform t = ai.world().get(tower, Transform.class);
            ai.world().set(tower, new Transform(new Vec3(5, 5, 5), t.rotation(), t.scale())); // not a command
            ai.execute("crates", "", AiProjectTest.crates(), List.of());
        }
        return folder;
    }

    @Test
    void aFileTheProjectSavedFromALiveWorldIsNotTakenForAnOutsideEdit() throws Exception {
        Path folder = liveSession();
        Path scene = folder.resolve("arena.scene.json");
        assertThat(Files.readString(scene)).contains("[5.0, 5.0, 5.0]"); // the file holds the live world
        try (AiEngine ai =
                AiEngine.builder().world(AiProjectTest.world()).project(folder).build()) {
            assertThat(ai.project().orElseThrow().warnings()).isEmpty();
            // the world is the timeline's head: the crates, and the tower where the commands left it
            Entity tower = Arena.named(ai.world(), "tower");
            assertThat(ai.world().get(tower, Transform.class).position()).isNotEqualTo(new Vec3(5, 5, 5));
            assertThat(Arena.named(ai.world(), "crate_3")).isNotNull();
        }
        assertThat(folder.resolve(".luminara/backups")).doesNotExist();
        assertThat(Files.readString(scene)).doesNotContain("[5.0, 5.0, 5.0]").contains("\"crate_3\"");
    }

    @Test
    void aFileEditedAfterTheProjectSavedItIsStillBackedUp() throws Exception {
        Path folder = liveSession();
        Path scene = folder.resolve("arena.scene.json");
        String edited = Files.readString(scene).replace("\"tower\"", "\"big_tower\"");
        Files.writeString(scene, edited);
        try (AiEngine ai =
                AiEngine.builder().world(AiProjectTest.world()).project(folder).build()) {
            assertThat(ai.project().orElseThrow().warnings())
                    .singleElement()
                    .asString()
                    .contains("differs from the timeline's head")
                    .contains(".luminara/backups/arena.scene.json.");
        }
        assertThat(Files.readString(scene)).contains("\"tower\"").doesNotContain("big_tower");
    }

    @Test
    void openedReadOnlyAnEditedFileIsReportedAndLeftAlone() throws Exception {
        Path folder = liveSession();
        Path scene = folder.resolve("arena.scene.json");
        String edited = Files.readString(scene).replace("\"tower\"", "\"big_tower\"");
        Files.writeString(scene, edited);
        try (AiProject p = AiProject.open(folder, AiProjectTest.world(), TimelineOptions.DEFAULT, false)) {
            assertThat(p.warnings())
                    .singleElement()
                    .asString()
                    .contains("differs from the timeline's head")
                    .contains("left as it is");
            assertThat(Arena.named(p.world(), "tower")).isNotNull();
        }
        assertThat(Files.readString(scene)).isEqualTo(edited);
        assertThat(folder.resolve(".luminara/backups")).doesNotExist();
    }
}
