package dev.luminara.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.luminara.mcp.internal.Toolset;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The whole tools/list answer stays small, and every tool is well named and described. */
class ToolListBudgetTest {
    static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

    @Test
    void toolsListIsUnderFourThousandTokens() throws Exception {
        try (McpFixture f = McpFixture.stdio()) {
            McpSchema.ListToolsResult list = f.client.listTools();
            String json = Toolset.jsonMapper().writeValueAsString(list);
            Encoding cl100k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
            int tokens = cl100k.countTokensOrdinary(json);
            System.err.println("tools/list: " + list.tools().size() + " tools, " + json.length() + " chars, " + tokens
                    + " cl100k tokens");
            assertThat(tokens).isLessThan(4_000);
            assertThat(list.tools()).hasSizeGreaterThanOrEqualTo(27);
            for (McpSchema.Tool t : list.tools()) {
                assertThat(t.name()).matches(NAME);
                assertThat(t.description()).isNotBlank().hasSizeLessThan(220);
                assertThat(t.inputSchema().get("type")).isEqualTo("object");
            }
        }
    }
}
