package dev.luminara.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.app.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {
    @TempDir
    Path root;

    private Assets assets;
    private final List<AssetEvent> told = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(root.resolve("sounds"));
        Files.writeString(root.resolve("sounds/horn.wav"), "not really a wav");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/level.json"), "{\"enemies\": 3}");
        assets = Assets.open(root);
        assets.addListener(told::add);
    }

    @AfterEach
    void close() {
        assets.close();
    }

    @Test
    void loadsTextBytesAndJsonAndCachesThem() {
        String text = assets.load("data/level.json", String.class);
        assertThat(text).isEqualTo("{\"enemies\": 3}");
        assertThat(assets.load("data/level.json", JsonNode.class).get("enemies").asInt())
                .isEqualTo(3);
        assertThat(assets.load("sounds/horn.wav", byte[].class)).hasSize(16);
        assertThat(assets.load("data/./level.json", String.class)).isSameAs(text);
        Handle<String> h = assets.handle("data\\level.json", String.class);
        assertThat(h.path()).isEqualTo("data/level.json");
        assertThat(assets.version(h)).isEqualTo(1);
        assertThat(assets.loaded()).hasSize(3);
    }

    @Test
    void aHandleDoesNotLoadUntilAskedFor() {
        Handle<String> h = assets.handle("data/level.json", String.class);
        assertThat(assets.isLoaded(h)).isFalse();
        assertThat(assets.version(h)).isZero();
        assets.get(h);
        assertThat(assets.isLoaded(h)).isTrue();
    }

    @Test
    void badPathsAreRefused() {
        assertThatThrownBy(() -> assets.handle("../secret.txt", String.class))
                .isInstanceOf(AssetException.class)
                .hasMessage("asset path '../secret.txt' leads outside the asset root");
        assertThatThrownBy(() -> assets.handle("/etc/passwd", String.class))
                .hasMessage("asset path '/etc/passwd' is absolute; asset paths are relative to the root");
        assertThatThrownBy(() -> assets.handle(" ", String.class)).hasMessage("asset path is empty");
        assertThatThrownBy(() -> assets.handle("a/..", String.class)).hasMessageContaining("leads outside");
    }

    @Test
    void aMissingFileIsNamedWithASuggestion() {
        assertThatThrownBy(() -> assets.load("sounds/hron.wav", byte[].class))
                .isInstanceOfSatisfying(
                        AssetNotFoundException.class, e -> assertThat(e.path()).isEqualTo("sounds/hron.wav"))
                .hasMessage("sounds/hron.wav: no such file under the asset root "
                        + root.toAbsolutePath().normalize() + "; did you mean 'horn.wav'?");
        assertThatThrownBy(() -> assets.load("music/theme.txt", String.class))
                .hasMessageEndingWith("(folder music does not exist)");
    }

    @Test
    void aFileWithoutALoaderOrWithBadContentNamesTheFile() {
        assertThatThrownBy(() -> assets.handle("sounds/horn.wav", Integer.class))
                .isInstanceOf(AssetLoadException.class)
                .hasMessage("sounds/horn.wav: no loader for '.wav' files as Integer (none for that type)");
        assertThatThrownBy(() -> assets.handle("data/level.yaml", JsonNode.class))
                .hasMessage("data/level.yaml: no loader for '.yaml' files as JsonNode (JsonNode loads from: .json)");
        assertThatThrownBy(() -> assets.load("sounds/horn.wav", JsonNode.class))
                .hasMessageStartingWith("sounds/horn.wav: no loader");
    }

    @Test
    void loaderFailuresCarryTheFileAndTheCause() throws Exception {
        Files.writeString(root.resolve("data/broken.json"), "{\"a\": ");
        assertThatThrownBy(() -> assets.load("data/broken.json", JsonNode.class))
                .isInstanceOf(AssetLoadException.class)
                .hasMessageStartingWith("data/broken.json: cannot load as JsonNode: Unexpected end-of-input");
        Files.write(root.resolve("data/latin1.txt"), new byte[] {(byte) 0xE9, 'a'});
        assertThatThrownBy(() -> assets.load("data/latin1.txt", String.class))
                .hasMessage("data/latin1.txt: cannot load as String: not valid UTF-8 text");
    }

    @Test
    void loadersAreChosenByExtensionThenByWildcard() throws Exception {
        Files.writeString(root.resolve("data/n.count"), "41");
        assets.register(
                "count",
                Integer.class,
                f -> Integer.parseInt(Files.readString(f).trim()) + 1);
        assertThat(assets.load("data/n.count", Integer.class)).isEqualTo(42);
        assets.register("*", Integer.class, f -> -1);
        assertThat(assets.load("data/level.json", Integer.class)).isEqualTo(-1);
        assertThat(assets.load("data/n.count", Integer.class)).isEqualTo(42);
    }

    @Test
    void reloadReplacesTheValueAndTellsListeners() throws Exception {
        Handle<JsonNode> h = assets.handle("data/level.json", JsonNode.class);
        assets.get(h);
        assets.load("data/level.json", String.class);
        Files.writeString(root.resolve("data/level.json"), "{\"enemies\": 7}");
        List<AssetEvent> events = assets.reload("data/level.json");
        assertThat(events).extracting(AssetEvent::kind).containsOnly(AssetEvent.Kind.RELOADED);
        assertThat(events).hasSize(2);
        assertThat(told).isEqualTo(events);
        assertThat(assets.get(h).get("enemies").asInt()).isEqualTo(7);
        assertThat(assets.version(h)).isEqualTo(2);
        assertThat(assets.reload("data/never-loaded.json")).isEmpty();
    }

    @Test
    void aFailedReloadKeepsTheLastGoodVersion() throws Exception {
        Handle<JsonNode> h = assets.handle("data/level.json", JsonNode.class);
        assets.get(h);
        Files.writeString(root.resolve("data/level.json"), "{\"enemies\": ");
        AssetEvent failed = assets.reload("data/level.json").get(0);
        assertThat(failed.kind()).isEqualTo(AssetEvent.Kind.RELOAD_FAILED);
        assertThat(failed.error()).startsWith("data/level.json: cannot load as JsonNode: ");
        assertThat(assets.get(h).get("enemies").asInt()).isEqualTo(3);
        assertThat(assets.version(h)).isEqualTo(1);
        Files.delete(root.resolve("data/level.json"));
        assertThat(assets.reload("data/level.json")).containsExactly(new AssetEvent(h, AssetEvent.Kind.DELETED, null));
        assertThat(assets.get(h).get("enemies").asInt()).isEqualTo(3);
    }

    @Test
    void watchingReloadsChangedFilesWhenChangesAreApplied() throws Exception {
        Handle<String> h = assets.handle("data/level.json", String.class);
        assets.get(h);
        assets.watch();
        assertThat(assets.isWatching()).isTrue();
        Files.writeString(root.resolve("data/level.json"), "{\"enemies\": 9}");
        List<AssetEvent> events = pollUntilSomething(assets);
        assertThat(events).containsExactly(new AssetEvent(h, AssetEvent.Kind.RELOADED, null));
        assertThat(assets.get(h)).isEqualTo("{\"enemies\": 9}");
        assets.close();
        assertThat(assets.isWatching()).isFalse();
    }

    @Test
    void thePluginAppliesChangesBetweenFramesOnTheGameThread() throws Exception {
        App app = App.builder().resource(assets).plugin(new AssetPlugin()).build();
        assertThat(app.world().resource(Assets.class)).isSameAs(assets);
        Handle<String> h = assets.handle("data/level.json", String.class);
        assets.get(h);
        List<String> threads = new ArrayList<>();
        assets.addListener(e -> threads.add(Thread.currentThread().getName()));
        assets.watch();
        Files.writeString(root.resolve("data/level.json"), "{}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (assets.version(h) < 2 && System.nanoTime() < deadline) {
            app.step();
            Thread.sleep(5);
        }
        assertThat(assets.get(h)).isEqualTo("{}");
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void theRootMustBeAFolder() {
        assertThatThrownBy(() -> Assets.open(root.resolve("nope")))
                .isInstanceOf(AssetException.class)
                .hasMessageEndingWith("nope is not a directory");
    }

    private static List<AssetEvent> pollUntilSomething(Assets assets) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<AssetEvent> events = assets.applyChanges();
            if (!events.isEmpty()) return events;
            Thread.sleep(5);
        }
        throw new AssertionError("no asset change applied within 10 s");
    }
}
