package dev.luminara.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rescan after lost events, which a test cannot provoke through the operating system reliably. */
class FileStatesTest {
    @TempDir
    Path dir;

    private void remember(FileStates states, Path file) throws Exception {
        states.remember(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    @Test
    void aRescanReportsOnlyRealDifferences() throws Exception {
        Path same = Files.writeString(dir.resolve("same.txt"), "same");
        Path changed = Files.writeString(dir.resolve("changed.txt"), "v1");
        Path gone = Files.writeString(dir.resolve("gone.txt"), "bye");
        FileStates states = new FileStates();
        for (Path p : new Path[] {same, changed, gone}) remember(states, p);

        Files.writeString(changed, "version two");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(1_000_000));
        Files.delete(gone);
        Path added = Files.writeString(dir.resolve("added.txt"), "new");
        states.rescan(Set.of(same, changed, added));

        assertThat(states.drain())
                .containsExactly(
                        new FileChange(added, FileChange.Kind.CREATED),
                        new FileChange(changed, FileChange.Kind.MODIFIED),
                        new FileChange(gone, FileChange.Kind.DELETED));
        assertThat(states.hasTouched()).isFalse();
        states.rescan(Set.of(same, changed, added));
        assertThat(states.drain()).isEmpty();
    }

    @Test
    void touchingAFolderTouchesTheFilesBelowIt() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a"));
        Path inside = Files.writeString(sub.resolve("x.lua"), "");
        Path sibling = Files.writeString(dir.resolve("ab.lua"), "");
        FileStates states = new FileStates();
        remember(states, inside);
        remember(states, sibling);
        Files.delete(inside);
        Files.delete(sibling);
        states.touchTree(sub);
        // "ab.lua" shares a name prefix with "a" but is not below it
        assertThat(states.drain()).containsExactly(new FileChange(inside, FileChange.Kind.DELETED));
    }
}
