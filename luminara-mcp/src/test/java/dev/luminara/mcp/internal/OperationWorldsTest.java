package dev.luminara.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.command.EngineCommand;
import dev.luminara.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The before/after worlds of viewport_compare are rebuilt without any script-file command, text or bytes. */
class OperationWorldsTest {
    @Test
    void drawableLeavesOutEveryScriptFileCommandAndKeepsTheRestInOrder() {
        Entity tower = Entity.parse("3v0");
        EngineCommand remove = new EngineCommand.RemoveComponent(tower, "Script");
        EngineCommand destroy = new EngineCommand.DestroyEntity(tower);
        List<EngineCommand> inverses = List.of(
                new EngineCommand.CreateScript("a.lua", "return {}"),
                remove,
                new EngineCommand.ModifyScript("b.lua", "return {}"),
                new EngineCommand.WriteScriptBytes("spinner.wasm", new byte[] {0x00, 0x61, 0x73, 0x6D}),
                destroy,
                new EngineCommand.DeleteScript("c.wasm"));

        assertThat(OperationWorlds.drawable(inverses)).containsExactly(remove, destroy);
    }
}
