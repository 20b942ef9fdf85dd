package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.mcp.internal.EngineHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the builder opens, where edits land, and what it refuses. */
class LuminaraMcpBuilderTest {
    static final Path SCENE = McpFixture.ARENA.resolve("arena.scene.json");

    @Test
    void aSceneIsWorkedOnAsACopy() throws IOException {
        String before = Files.readString(SCENE);
        Path copy;
        try (McpFixture f = McpFixture.stdio(
                LuminaraMcp.builder().scene(SCENE).realtime(false).build(), s -> s)) {
            EngineHost host = f.server.engine();
            copy = host.timelineFile().getParent().getParent();
            assertThat(f.call("scene_destroy", Map.of("entity", "tower")).isError())
                    .isFalse();
            host.ai().project().orElseThrow().awaitSaved();
            assertThat(Files.readString(copy.resolve("arena.scene.json"))).doesNotContain("\"tower\"");
            assertThat(host.game().scriptRoot()).hasValueSatisfying(p -> assertThat(p.resolve("spinner.lua"))
                    .exists());
        }
        assertThat(Files.readString(SCENE)).isEqualTo(before);
        assertThat(copy).doesNotExist();
    }

    @Test
    void inPlaceEditsTheProjectItself(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("arena");
        Files.createDirectories(project.resolve("scripts"));
        Files.copy(SCENE, project.resolve("arena.scene.json"));
        try (McpFixture f = McpFixture.stdio(
                LuminaraMcp.builder()
                        .project(project)
                        .workingCopy(false)
                        .realtime(false)
                        .build(),
                s -> s)) {
            assertThat(f.call("scene_destroy", Map.of("entity", "tower")).isError())
                    .isFalse();
        }
        assertThat(Files.readString(project.resolve("arena.scene.json"))).doesNotContain("\"tower\"");
        assertThat(project.resolve(".luminara/timeline.db")).exists();
    }

    @Test
    void aSceneInPlaceKeepsItsHistoryInATemporaryTimeline() throws IOException {
        String before = Files.readString(SCENE);
        try (McpFixture f = McpFixture.stdio(
                LuminaraMcp.builder()
                        .scene(SCENE)
                        .workingCopy(false)
                        .realtime(false)
                        .build(),
                s -> s)) {
            assertThat(f.call("scene_destroy", Map.of("entity", "tower")).isError())
                    .isFalse();
            assertThat(f.call("timeline_undo", Map.of()).isError()).isFalse();
        }
        assertThat(Files.readString(SCENE)).isEqualTo(before);
        try (Stream<Path> meta = Files.list(McpFixture.ARENA)) {
            assertThat(meta.map(p -> p.getFileName().toString())).doesNotContain(".luminara");
        }
    }

    @Test
    void aBrokenGameIsReportedByTheUsersPathNotTheWorkingCopys(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> LuminaraMcp.builder().scene(empty).build())
                .hasMessageStartingWith(empty + ": ")
                .hasMessageContaining("empty")
                .hasMessageNotContaining("luminara-mcp-");
        Path game = Files.createDirectories(dir.resolve("game"));
        Files.writeString(game.resolve("game.scene.json"), "{");
        assertThatThrownBy(() -> LuminaraMcp.builder().project(game).build())
                .hasMessageContaining(game.resolve("game.scene.json").toString())
                .hasMessageNotContaining("luminara-mcp-");
        Path noscene = Files.createDirectories(dir.resolve("noscene"));
        assertThatThrownBy(() -> LuminaraMcp.builder().project(noscene).build())
                .hasMessageContaining("noscene has no *.scene.json")
                .hasMessageNotContaining("luminara-mcp-");
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> LuminaraMcp.builder().build())
                .isInstanceOf(McpServerException.class)
                .hasMessageContaining("scene");
        assertThatThrownBy(() ->
                        LuminaraMcp.builder().scene(Path.of("nope.scene.json")).build())
                .isInstanceOf(McpServerException.class)
                .hasMessageContaining("nope.scene.json");
        assertThatThrownBy(() ->
                        LuminaraMcp.builder().project(Path.of("no-such-dir")).build())
                .hasMessageContaining("no-such-dir");
        assertThatThrownBy(() ->
                        LuminaraMcp.builder().project(McpFixture.ARENA).hz(0).build())
                .hasMessageContaining("hz");
        assertThatThrownBy(() -> HttpOptions.defaults().withPort(70000)).hasMessageContaining("70000");
        try (LuminaraMcp mcp = McpFixture.arena()) {
            assertThatThrownBy(() -> mcp.serveHttp(HttpOptions.defaults().withHost("0.0.0.0")))
                    .isInstanceOf(McpServerException.class)
                    .hasMessageContaining("token");
            assertThat(mcp.toolNames()).doesNotHaveDuplicates().allMatch(n -> n.matches("^[a-zA-Z0-9_-]{1,64}$"));
        }
    }
}
