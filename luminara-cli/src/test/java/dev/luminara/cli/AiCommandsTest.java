package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.context.TokenCounter;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.testing.Samples;
import dev.luminara.runtime.GameRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiCommandsTest {
    private static final String ARENA = Samples.arenaScene().toString();

    @Test
    void digestPrintsTheBudgetedDigestAndItsTokenCount() {
        CliRun run = CliRun.of("digest", ARENA, "--query", "the red enemy near the tower", "--max-tokens", "400");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# World: 20 entities").contains("- 10v0 enemy_red [enemy]");
        assertThat(TokenCounter.cl100k().count(run.out().strip())).isLessThanOrEqualTo(400);
        assertThat(run.err()).matches("(?s)\\d+ of 400 tokens \\(cl100k_base\\), \\d+ of 20 entities\\s*");
        CliRun full =
                CliRun.of("digest", ARENA, "--level", "full", "--entity", "12v0", "--encoding", "o200k_base", "--json");
        assertThat(full.exitCode()).isZero();
        assertThat(full.out()).contains("\"encoding\":\"o200k_base\"").contains("\"type\":\"FullEntity\"");
    }

    @Test
    void digestErrorsAreOneLine() {
        CliRun level = CliRun.of("digest", ARENA, "--level", "everything");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err().lines()).hasSize(1);
        assertThat(level.err()).contains("unknown --level 'everything'");
        CliRun encoding = CliRun.of("digest", ARENA, "--encoding", "gpt5");
        assertThat(encoding.exitCode()).isEqualTo(1);
        assertThat(encoding.err()).startsWith("luminara digest: unknown token encoding 'gpt5'; known: ");
        CliRun zero = CliRun.of("digest", ARENA, "--max-tokens", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.out()).isEmpty();
        assertThat(zero.err()).contains("--max-tokens must be >= 1, got 0 (leave it out for the level's budget)");
        CliRun missing = CliRun.of("digest", "nowhere.scene.json");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("luminara digest: nowhere.scene.json: no such file\n");
    }

    @Test
    void searchListsHitsWithScores() {
        CliRun run = CliRun.of("search", ARENA, "the red enemy near the tower", "--top", "3");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("10v0\\s+enemy_red\\s+\\d+\\.\\d{3}");
        assertThat(CliRun.of("search", ARENA, "xylophone").out()).isEqualTo("no entity matches 'xylophone'\n");
        assertThat(CliRun.of("search", ARENA, "buggy", "--json").out())
                .startsWith("[{\"entity\":\"17v0\",\"name\":\"buggy\",\"score\":");
    }

    @Test
    void timelineCommandsWorkOnAProjectFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("arena"));
        Path scene = folder.resolve("arena.scene.json");
        Files.copy(Samples.arenaScene(), scene);
        String p = folder.toString();
        assertThat(CliRun.of("timeline", "log", "-p", p).out())
                .isEqualTo("no timeline yet: no agent has changed this project\n");
        assertThat(folder.resolve(".luminara")).doesNotExist();
        CliRun noUndo = CliRun.of("timeline", "undo", "-p", p);
        assertThat(noUndo.exitCode()).isEqualTo(1);
        assertThat(noUndo.err()).startsWith("luminara timeline undo: no timeline in ");

        // an agent records two operations
        try (AiEngine ai = AiEngine.builder()
                .world(App.builder().plugin(new DefaultPlugins()).build().world())
                .project(folder)
                .build()) {
            ai.execute(
                    "a crate",
                    "",
                    new AiIntent.SpawnRelative(
                            new EntityReference.ByName("player"),
                            new RelativePosition.Forward(2),
                            new EntityTemplate("crate", List.of(), Map.of()),
                            1,
                            null),
                    List.of());
            ai.execute(
                    "a barrel",
                    "",
                    new AiIntent.SpawnRelative(
                            new EntityReference.ByName("player"),
                            new RelativePosition.Forward(3),
                            new EntityTemplate("barrel", List.of(), Map.of()),
                            1,
                            null),
                    List.of());
        }
        CliRun log = CliRun.of("timeline", "log", "-p", p);
        assertThat(log.out().lines().toList()).hasSize(3);
        assertThat(log.out())
                .startsWith("branch main, head #2: 2 operations on this branch shown, 2 recorded in all (undone and"
                        + " other branches' included)\n#2  ")
                .contains("\"a barrel\" → spawned 21v0 \"barrel\"");

        CliRun undo = CliRun.of("timeline", "undo", "-p", p);
        assertThat(undo.out()).startsWith("undone #2");
        assertThat(Files.readString(scene)).contains("crate").doesNotContain("barrel");
        assertThat(CliRun.of("timeline", "log", "-p", p).out())
                .startsWith("branch main, head #1: 1 operation on this branch shown, 2 recorded in all");
        assertThat(CliRun.of("timeline", "redo", "-p", p).out()).startsWith("redone #2");
        assertThat(Files.readString(scene)).contains("barrel");

        CliRun revert = CliRun.of("timeline", "undo", "1", "-p", p);
        assertThat(revert.out()).startsWith("reverted #1 as #3");
        assertThat(Files.readString(scene)).doesNotContain("\"crate\"").contains("barrel");

        assertThat(CliRun.of("timeline", "branch", "start", "--from", "0", "-p", p)
                        .out())
                .isEqualTo("created branch start at #0\n");
        assertThat(CliRun.of("timeline", "branch", "-p", p).out()).isEqualTo("* main  #3\n  start  #0\n");
        assertThat(CliRun.of("timeline", "checkout", "start", "-p", p).out()).isEqualTo("on branch start at #0\n");
        assertThat(Files.readString(scene)).doesNotContain("barrel").doesNotContain("\"crate\"");
        CliRun diff = CliRun.of("timeline", "diff", "start", "main", "-p", p);
        assertThat(diff.out()).startsWith("start and main parted after #0\nonly on start:\nonly on main:\n  #1 ");
        CliRun bad = CliRun.of("timeline", "checkout", "nope", "-p", p);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("luminara timeline checkout: no branch nope; branches: main, start\n");
    }

    @Test
    void theScriptedArenaWorksAsAProjectWithTheRealScriptComponent(@TempDir Path dir) throws Exception {
        Path arena = Samples.arenaScene().getParent();
        Path folder = Files.createDirectories(dir.resolve("arena"));
        Files.copy(arena.resolve("arena-scripted.scene.json"), folder.resolve("arena-scripted.scene.json"));
        Files.createDirectories(folder.resolve("scripts"));
        Files.copy(arena.resolve("scripts/spinner.lua"), folder.resolve("scripts/spinner.lua"));
        CliRun digest =
                CliRun.of("digest", folder.resolve("arena-scripted.scene.json").toString(), "--query", "spinner");
        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(digest.out()).contains("Script");
        assertThat(CliRun.of(
                                "search",
                                folder.resolve("arena-scripted.scene.json").toString(),
                                "spinner",
                                "--top",
                                "2")
                        .out())
                .contains("enemy_scout");
        try (AiEngine ai = AiEngine.builder()
                .world(GameRuntime.builder().build().world())
                .project(folder)
                .build()) {
            ai.execute(
                    "make the lamp bob",
                    "",
                    new AiIntent.AttachBehavior(
                            new EntityReference.ByName("lamp_west"),
                            dev.luminara.ai.intent.BehaviorTemplate.builtin("bob"),
                            Map.of()),
                    List.of());
        }
        assertThat(folder.resolve("scripts/behaviors/bob-lamp_west.lua")).exists();
        assertThat(Files.readString(folder.resolve("arena-scripted.scene.json")))
                .contains("\"path\": \"behaviors/bob-lamp_west.lua\"");
        CliRun undo = CliRun.of("timeline", "undo", "-p", folder.toString());
        assertThat(undo.out()).startsWith("undone #1");
        assertThat(folder.resolve("scripts/behaviors/bob-lamp_west.lua")).doesNotExist();
    }
}
