package dev.luminara.core.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.World;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading a scene file says about files that are not scene text. */
class SceneFileReadTest {
    static final String SCENE = "{\"entities\": [{\"id\": 0, \"components\": {\"Name\": {\"value\": \"a\"}}}]}";

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = dir.resolve("bom.scene.json");
        Files.writeString(file, "\uFEFF" + SCENE, StandardCharsets.UTF_8);
        World world = new World();
        assertThat(Scenes.load(file, world)).hasSize(1);
    }

    @Test
    void binaryGarbageIsNotUtf8TextAndAFolderIsAFolder() throws IOException {
        Path garbage = dir.resolve("garbage.json");
        Files.write(garbage, new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF, (byte) 0xFE});
        World world = new World();
        assertThatThrownBy(() -> Scenes.read(garbage, world.components()))
                .isInstanceOf(SceneException.class)
                .hasMessage(garbage + ": not UTF-8 text: a scene file is JSON (luminara.scene/1)");
        assertThatThrownBy(() -> Scenes.read(dir, world.components()))
                .isInstanceOf(SceneException.class)
                .hasMessage(dir + ": is a folder; name a scene file (*.scene.json)");
    }

    @Test
    void validateCollectsEveryEntitysFaultAndNothingForAGoodFile() throws IOException {
        Path good = dir.resolve("good.scene.json");
        Files.writeString(good, SCENE);
        World world = new World();
        assertThat(Scenes.validate(good, world.components())).isEmpty();
        Path bad = dir.resolve("bad.scene.json");
        Files.writeString(
                bad,
                "{\"entities\": [{\"id\": 0, \"components\": {\"Nmae\": {}}},\n"
                        + " {\"id\": 1, \"components\": {\"Transform\": {\"position\": \"up\"}}},\n"
                        + " {\"id\": 1, \"components\": {}}]}");
        assertThat(Scenes.validate(bad, world.components()))
                .extracting(SceneException::line)
                .containsExactly(1, 2, 3);
        assertThat(world.entityCount()).isZero();
    }
}
