package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ScriptState;
import org.junit.jupiter.api.Test;

class LuaSmokeTest {
    @Test
    void aScriptMovesItsEntity() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("mover.lua", """
                    local Mover = {}
                    function Mover:on_start() self.steps = 0; print("start", self.entity) end
                    function Mover:on_update(dt)
                      self.steps = self.steps + 1
                      local p = transform.get_position(self.entity)
                      transform.set_position(self.entity, p + vec3(1, 0, 0))
                    end
                    return Mover
                    """);
            Entity e = h.spawn("m", "mover.lua");
            h.frames(3);
            assertThat(h.errors).isEmpty();
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
            assertThat(h.world.get(e, Transform.class).position().x()).isEqualTo(3f);
            assertThat(h.log).containsExactly("start\tentity(" + e + ")");
        }
    }
}
