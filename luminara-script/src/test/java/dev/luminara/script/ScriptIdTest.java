package dev.luminara.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptIdTest {
    @Test
    void idsStayInsideTheScriptRoot() {
        assertThat(ScriptId.of("./enemies\\patrol.lua").path()).isEqualTo("enemies/patrol.lua");
        for (String bad : new String[] {"../x.lua", "/etc/passwd", "a/../../b.lua", "C:/x.lua", "a//b.lua", ""}) {
            assertThatThrownBy(() -> ScriptId.of(bad)).isInstanceOf(ScriptException.class);
        }
        assertThatThrownBy(() -> ScriptId.relative(Path.of("/tmp/root"), Path.of("/tmp/other/x.lua")))
                .hasMessageContaining("not inside the script root");
        assertThat(ScriptId.of("a/b.wasm").language()).isEqualTo(ScriptLanguage.WASM);
        assertThatThrownBy(() -> ScriptId.of("a.py").language()).hasMessageContaining(".lua or .wasm");
        assertThat(ReloadStrategy.parse("save_restore")).isEqualTo(ReloadStrategy.SAVE_RESTORE);
        assertThat(ReloadStrategy.parse("PreserveState")).isEqualTo(ReloadStrategy.PRESERVE_STATE);
    }
}
