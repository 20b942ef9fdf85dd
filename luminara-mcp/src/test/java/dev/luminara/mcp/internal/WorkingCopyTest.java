package dev.luminara.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.ai.project.ProjectException;
import dev.luminara.mcp.McpServerException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a working copy takes, what it leaves out, and what it refuses before copying anything. */
class WorkingCopyTest {
    static final String SCENE = "{\"format\":\"luminara.scene/1\",\"entities\":[]}";

    @Test
    void aFolderWithoutASceneFailsBeforeAnythingIsCopied(@TempDir Path dir) throws IOException {
        Path noscene = Files.createDirectories(dir.resolve("noscene"));
        sparse(noscene.resolve("big.bin"), 300L << 20);
        List<Path> before = workingCopies();
        assertThatThrownBy(() -> WorkingCopy.ofProject(noscene))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("noscene has no *.scene.json");
        assertThat(workingCopies()).isEqualTo(before);
    }

    @Test
    void severalScenesFailBeforeAnythingIsCopied(@TempDir Path dir) throws IOException {
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(two.resolve("a.scene.json"), SCENE);
        Files.writeString(two.resolve("b.scene.json"), SCENE);
        List<Path> before = workingCopies();
        assertThatThrownBy(() -> WorkingCopy.ofProject(two))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("several scene files");
        assertThat(workingCopies()).isEqualTo(before);
    }

    @Test
    void aTooLargeProjectIsRefusedNamingItAndTheWayOut(@TempDir Path dir) throws IOException {
        Path game = project(dir, "game");
        sparse(game.resolve("textures.bin"), 3L << 20);
        sparse(game.resolve("target").resolve("build.bin"), 30L << 20); // left out, so not counted
        List<Path> before = workingCopies();
        assertThatThrownBy(() -> WorkingCopy.ofProject(game, 2L << 20))
                .isInstanceOf(McpServerException.class)
                .hasMessageContaining(game.toString())
                .hasMessageContaining("more than 2.0 MB")
                .hasMessageContaining("--in-place");
        assertThat(workingCopies()).isEqualTo(before);
        Path copy = WorkingCopy.ofProject(game, 4L << 20);
        try {
            assertThat(copy.resolve("textures.bin")).exists();
        } finally {
            WorkingCopy.delete(copy.getParent());
        }
    }

    @Test
    void historyBuildOutputAndBackupsAreLeftOutButTheProjectFileIsKept(@TempDir Path dir) throws IOException {
        Path game = project(dir, "game");
        for (String skipped : List.of(".git/HEAD", "node_modules/x/index.js", "target/classes/A.class")) {
            Files.createDirectories(game.resolve(skipped).getParent());
            Files.writeString(game.resolve(skipped), "x");
        }
        Files.createDirectories(game.resolve(".luminara/backups"));
        Files.writeString(game.resolve(".luminara/backups/game.scene.json.1"), SCENE);
        Files.writeString(game.resolve(".luminara/project.json"), "{\"scene\": \"game.scene.json\"}");
        Files.writeString(game.resolve("scripts/a.lua"), "-- a");
        Path copy = WorkingCopy.ofProject(game);
        try {
            assertThat(copy.getFileName().toString()).isEqualTo("game");
            assertThat(copy.resolve("game.scene.json")).exists();
            assertThat(copy.resolve("scripts/a.lua")).exists();
            assertThat(copy.resolve(".luminara/project.json")).exists();
            for (String gone : List.of(".git", "node_modules", "target", ".luminara/backups")) {
                assertThat(copy.resolve(gone)).as(gone).doesNotExist();
            }
        } finally {
            WorkingCopy.delete(copy.getParent());
        }
    }

    @Test
    void aCopyMadeInsideTheFolderDoesNotCopyItselfNorOtherWorkingCopies(@TempDir Path dir) throws IOException {
        // The folder plays the temp folder: `luminara mcp /tmp` copies /tmp into /tmp/luminara-mcp-…/tmp.
        Path tmp = project(dir, "tmp").toRealPath();
        Path other = Files.createDirectories(
                tmp.resolve(WorkingCopy.PREFIX + "other").resolve("old"));
        Files.writeString(other.resolve("old.scene.json"), SCENE);
        Files.writeString(tmp.resolve("notes.txt"), "kept");
        Path destination = tmp.resolve(WorkingCopy.PREFIX + "123").resolve("tmp");
        new CopyTree(tmp, tmp).copyTo(destination);
        assertThat(destination.resolve("notes.txt")).hasContent("kept");
        assertThat(destination.resolve(WorkingCopy.PREFIX + "123")).doesNotExist();
        assertThat(destination.resolve(WorkingCopy.PREFIX + "other")).doesNotExist();
        try (Stream<Path> all = Files.walk(destination)) {
            assertThat(all.count()).isLessThan(10);
        }
    }

    @Test
    void theDestinationIsSkippedEvenWhenItsNameIsNoWorkingCopy(@TempDir Path dir) throws IOException {
        Path game = project(dir, "game");
        Path destination = game.resolve("copies").resolve("game");
        new CopyTree(game.toRealPath(), dir.resolve("elsewhere")).copyTo(destination);
        assertThat(destination.resolve("game.scene.json")).exists();
        assertThat(destination.resolve("copies/game")).doesNotExist(); // copies/ itself is kept
    }

    @Test
    void messagesNameTheUsersPathNotTheCopy(@TempDir Path dir) {
        Path copy = dir.resolve(WorkingCopy.PREFIX + "9").resolve("game");
        RuntimeException e = new IllegalStateException(copy.resolve("game.scene.json") + ": the file is empty");
        assertThat(WorkingCopy.inUserTerms(e, copy, Path.of("games/game")))
                .hasMessage(Path.of("games/game/game.scene.json") + ": the file is empty");
        assertThat(WorkingCopy.inUserTerms(e, copy, null)).hasMessage("game.scene.json: the file is empty");
        RuntimeException unrelated = new IllegalStateException("line 3: expected a number");
        assertThat(WorkingCopy.inUserTerms(unrelated, copy, Path.of("x"))).isSameAs(unrelated);
    }

    private static Path project(Path dir, String name) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name).resolve("scripts")).getParent();
        Files.writeString(p.resolve(name + ".scene.json"), SCENE);
        return p;
    }

    /** A file of {@code size} bytes that takes no disk space (its length is set, nothing written). */
    private static void sparse(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private static List<Path> workingCopies() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith(WorkingCopy.PREFIX))
                    .sorted()
                    .toList();
        }
    }
}
