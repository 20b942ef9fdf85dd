package dev.luminara.mcp;

import static dev.luminara.mcp.McpFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** verb_call's args: what the schema says, three numbers or one [x,y,z] for x,y,z verbs, and refusals that say how. */
class VerbArgsTest extends StdioToolTest {

    @SuppressWarnings("unchecked") // JSON arrays of numbers
    List<Number> position(String entity) {
        McpSchema.CallToolResult r = f.call("entity_get", Map.of("entity", entity));
        Map<String, Object> comps =
                (Map<String, Object>) ((Map<String, Object>) r.structuredContent()).get("components");
        return (List<Number>) ((Map<String, Object>) comps.get("Transform")).get("position");
    }

    McpSchema.CallToolResult verb(String verb, List<?> args) {
        return f.call("verb_call", Map.of("verb", verb, "entity", "player", "args", args));
    }

    @Test
    void theSchemaListsEachVerbsParameters() {
        McpSchema.Tool tool = f.client.listTools().tools().stream()
                .filter(t -> t.name().equals("verb_call"))
                .findFirst()
                .orElseThrow();
        Map<?, ?> properties = (Map<?, ?>) tool.inputSchema().get("properties");
        String args = String.valueOf(((Map<?, ?>) properties.get("args")).get("description"));
        assertThat(args)
                .contains("Transform.SetPosition(x, y, z)")
                .contains("Transform.MoveBy(x?, y?, z?)")
                .contains("Debug.Log(message:string, level:string?)")
                .contains("one [x,y,z]")
                .doesNotContain("vec3 = [x,y,z]");
    }

    @Test
    void anXyzVerbTakesThreeNumbersOrOneArray() {
        List<Number> start = position("player");
        assertThat(verb("Transform.MoveBy", List.of(List.of(1, 0, 0))).isError())
                .isFalse();
        assertThat(position("player").get(0).doubleValue())
                .isEqualTo(start.get(0).doubleValue() + 1);
        McpSchema.CallToolResult set = verb("Transform.SetPosition", List.of(List.of(5, 1.5, 5)));
        assertThat(set.isError()).as(text(set)).isFalse();
        assertThat(position("player")).containsExactly(5.0, 1.5, 5.0);
        assertThat(verb("Transform.SetPosition", List.of(4, 0.5, 4)).isError()).isFalse();
        assertThat(position("player")).containsExactly(4.0, 0.5, 4.0);
    }

    @Test
    void wrongFormsAreRefusedWithTheRightOne() {
        McpSchema.CallToolResult speed = verb("Vehicle.SetSpeed", List.of(List.of(1, 2, 3)));
        assertThat(speed.isError()).isTrue();
        assertThat(text(speed))
                .contains("args[0] (speed)")
                .contains("expected a number, got an array")
                .contains("call Vehicle.SetSpeed as args [speed?]");
        McpSchema.CallToolResult two = verb("Transform.SetPosition", List.of(1, 2));
        assertThat(two.isError()).isTrue();
        assertThat(text(two)).contains("Transform.SetPosition takes 3 arguments, got 2; call it as args [x, y, z]");
        McpSchema.CallToolResult nested = verb("Transform.MoveBy", List.of(List.of(1, 0, 0), 2));
        assertThat(nested.isError()).isTrue();
        assertThat(text(nested)).contains("args[0] (x)").contains("args [x?, y?, z?]");
    }
}
