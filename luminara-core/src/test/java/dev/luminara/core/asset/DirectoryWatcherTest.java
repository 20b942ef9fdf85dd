package dev.luminara.core.asset;

import static dev.luminara.core.asset.FileChange.Kind.CREATED;
import static dev.luminara.core.asset.FileChange.Kind.DELETED;
import static dev.luminara.core.asset.FileChange.Kind.MODIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files, real WatchService. Absence of an event is checked with a sentinel: a file written after the action, whose
 * own event proves that the action's batch has been delivered.
 */
class DirectoryWatcherTest {
    @TempDir
    Path dir;

    private final RecordingListener events = new RecordingListener();
    private DirectoryWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) watcher.close();
    }

    private DirectoryWatcher watch(Duration quiet) {
        watcher = DirectoryWatcher.start(dir, quiet, events);
        return watcher;
    }

    private Path abs(String relative) {
        return dir.resolve(relative).toAbsolutePath().normalize();
    }

    private List<FileChange> changesOf(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return events.all().stream().filter(c -> c.path().equals(p)).toList();
    }

    @Test
    void reportsCreatedModifiedAndDeletedFiles() throws Exception {
        watch(DirectoryWatcher.DEFAULT_QUIET_PERIOD);
        Path file = dir.resolve("player.lua");
        Files.writeString(file, "v1");
        events.await(file, CREATED);
        Files.writeString(file, "v2");
        events.await(file, MODIFIED);
        Files.delete(file);
        events.await(file, DELETED);
        assertThat(changesOf(file)).extracting(FileChange::kind).containsExactly(CREATED, MODIFIED, DELETED);
    }

    @Test
    void filesPresentAtStartAreNotReportedButTheirChangesAre() throws Exception {
        Path old = Files.writeString(dir.resolve("old.txt"), "before");
        watch(DirectoryWatcher.DEFAULT_QUIET_PERIOD);
        Path sentinel = Files.writeString(dir.resolve("sentinel"), "x");
        events.await(sentinel, CREATED);
        assertThat(changesOf(old)).isEmpty();
        Files.writeString(old, "after");
        events.await(old, MODIFIED);
    }

    @Test
    void aBurstOfWritesToOneFileIsOneChange() throws Exception {
        // a long quiet period so that a loaded machine cannot split the burst
        watch(Duration.ofMillis(400));
        Path file = dir.resolve("burst.txt");
        for (int i = 0; i < 25; i++) {
            Files.writeString(file, "version " + i);
        }
        List<List<FileChange>> batches = events.await(file, CREATED);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactly(new FileChange(abs("burst.txt"), CREATED));
    }

    @Test
    void anAtomicRenameSaveIsAModificationOfTheTargetAndTheTempFileIsNotReported() throws Exception {
        Path target = Files.writeString(dir.resolve("enemy.lua"), "return 1");
        watch(Duration.ofMillis(200));
        Path temp = dir.resolve(".enemy.lua.tmp~");
        Files.writeString(temp, "return 2");
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<List<FileChange>> batches = events.await(target, MODIFIED);
        assertThat(batches.get(batches.size() - 1)).containsExactly(new FileChange(abs("enemy.lua"), MODIFIED));
        assertThat(changesOf(temp)).isEmpty();
    }

    @Test
    void deleteThenCreateOfAnExistingFileIsAModification() throws Exception {
        Path target = Files.writeString(dir.resolve("level.json"), "{}");
        watch(Duration.ofMillis(200));
        Files.delete(target);
        Files.writeString(target, "{\"v\": 2}");
        List<List<FileChange>> batches = events.await(target, MODIFIED);
        assertThat(changesOf(target)).containsExactly(new FileChange(abs("level.json"), MODIFIED));
        assertThat(batches).allSatisfy(b -> assertThat(b).doesNotContain(new FileChange(abs("level.json"), DELETED)));
    }

    @Test
    void aFileCreatedAndDeletedWithinOneBatchIsNotReported() throws Exception {
        watch(Duration.ofMillis(200));
        Path scratch = dir.resolve("4913"); // vim's "can I write here" probe
        Files.writeString(scratch, "");
        Files.delete(scratch);
        Path sentinel = Files.writeString(dir.resolve("sentinel"), "x");
        events.await(sentinel, CREATED);
        assertThat(changesOf(scratch)).isEmpty();
    }

    @Test
    void newSubFoldersAreWatchedIncludingFilesWrittenBeforeTheyWereRegistered() throws Exception {
        watch(DirectoryWatcher.DEFAULT_QUIET_PERIOD);
        Path deep = Files.createDirectories(dir.resolve("scripts/ai/boss"));
        Path early = Files.writeString(deep.resolve("early.lua"), "-- written at once");
        events.await(early, CREATED);
        Path later = Files.writeString(deep.resolve("later.lua"), "-- written after the folder was seen");
        events.await(later, CREATED);
        Files.writeString(later, "-- again");
        events.await(later, MODIFIED);
    }

    @Test
    void deletingAFolderReportsEveryFileInIt() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sounds/sfx"));
        Path a = Files.writeString(sub.resolve("a.wav"), "a");
        Path b = Files.writeString(sub.resolve("b.wav"), "b");
        watch(DirectoryWatcher.DEFAULT_QUIET_PERIOD);
        Files.delete(a);
        Files.delete(b);
        Files.delete(sub);
        events.await(b, DELETED);
        events.await(a, DELETED);
    }

    @Test
    void movingAFolderInReportsItsFilesAsCreated(@TempDir Path outside) throws Exception {
        Path staged = Files.createDirectories(outside.resolve("pack"));
        Path file = Files.writeString(staged.resolve("tex.png"), "png");
        watch(DirectoryWatcher.DEFAULT_QUIET_PERIOD);
        Files.move(staged, dir.resolve("pack"), StandardCopyOption.ATOMIC_MOVE);
        events.await(dir.resolve("pack/tex.png"), CREATED);
        assertThat(changesOf(file)).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheWatcher() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        watcher = DirectoryWatcher.start(dir, Duration.ZERO, changes -> {
            first.countDown();
            second.countDown();
            throw new IllegalStateException("listener bug");
        });
        Files.writeString(dir.resolve("one"), "1");
        // wait for the first delivery before writing again, so the two cannot share a batch
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        Files.writeString(dir.resolve("two"), "2");
        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watcher.isOpen()).isTrue();
    }

    @Test
    void closeStopsDeliveryAndTheThread() throws Exception {
        watch(Duration.ZERO);
        Path first = Files.writeString(dir.resolve("first"), "1");
        events.await(first, CREATED);
        watcher.close();
        assertThat(watcher.isOpen()).isFalse();
        int before = events.all().size();
        Files.writeString(dir.resolve("after-close"), "x");
        // nothing to wait for: the thread is gone, so nothing can arrive later either
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("luminara-watch-" + dir.getFileName()));
        assertThat(events.all()).hasSize(before);
        watcher.close(); // idempotent
    }

    @Test
    void refusesAMissingFolderOrAFile() throws Exception {
        assertThatThrownBy(() -> DirectoryWatcher.start(dir.resolve("nope"), events))
                .isInstanceOf(AssetException.class)
                .hasMessage("cannot watch " + dir.resolve("nope") + ": no such directory");
        Path file = Files.writeString(dir.resolve("file.txt"), "");
        assertThatThrownBy(() -> DirectoryWatcher.start(file, events))
                .isInstanceOf(AssetException.class)
                .hasMessageEndingWith(": not a directory");
        assertThatThrownBy(() -> DirectoryWatcher.start(dir, Duration.ofMillis(-1), events))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exposesItsSettings() {
        DirectoryWatcher w = watch(Duration.ofMillis(50));
        assertThat(w.root()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(w.quietPeriod()).isEqualTo(Duration.ofMillis(50));
        assertThat(w.maxDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(w.isOpen()).isTrue();
    }
}
