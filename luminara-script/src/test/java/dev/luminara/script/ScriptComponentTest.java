package dev.luminara.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.World;
import dev.luminara.core.scene.SceneException;
import dev.luminara.core.scene.Scenes;
import org.junit.jupiter.api.Test;

class ScriptComponentTest {
    @Test
    void aPathOutsideTheScriptRootOrWithoutAScriptExtensionIsRefusedWhereItIsWritten() {
        assertThatThrownBy(() -> ScriptComponent.of("../../tmp/evil.lua"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("script path must stay inside the script root, got '../../tmp/evil.lua'");
        assertThatThrownBy(() -> ScriptComponent.of("/etc/passwd.lua"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("relative to the script root");
        assertThatThrownBy(() -> ScriptComponent.of("notes.txt"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("the extension must be .lua or .wasm");
        assertThat(ScriptComponent.of("enemies/patrol.lua").id().path()).isEqualTo("enemies/patrol.lua");
    }

    @Test
    void aSceneNamingAScriptOutsideTheRootFailsToLoadWithTheEntityAndTheReason() {
        World world = new World();
        world.register(ScriptComponent.class);
        String scene = "{\"entities\": [{\"id\": 3, \"components\": {\"Script\": {\"path\": \"../evil.lua\"}}}]}";
        assertThatThrownBy(() -> Scenes.spawn(Scenes.parse(scene, "evil.scene.json", world.components()), world))
                .isInstanceOf(SceneException.class)
                .hasMessageContaining("evil.scene.json")
                .hasMessageContaining("entity 3")
                .hasMessageContaining("must stay inside the script root");
        assertThat(world.entityCount()).isZero();
    }
}
