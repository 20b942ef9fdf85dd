package dev.luminara.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.context.DigestLevel;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.intent.DynamicReference;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.RelativePosition;
import dev.luminara.ai.testing.JsonExamples;
import org.junit.jupiter.api.Test;

/**
 * The JSON forms tools send and the timeline stores ({@link JsonExamples}, the same examples docs/architecture.md
 * shows): every permitted record of every closed set has one, reads back as that record, and writes the same.
 */
class JsonFormsTest {
    @Test
    void everyVariantOfEveryClosedSetHasAJsonFormThatRoundTrips() throws Exception {
        Class<?>[] sealed = {
            AiIntent.class,
            EntityReference.class,
            RelativePosition.class,
            DynamicReference.class,
            EngineCommand.class,
            ComponentMutation.class,
            DigestLevel.class
        };
        int checked = 0;
        for (Class<?> root : sealed) {
            for (Class<?> variant : root.getPermittedSubclasses()) {
                String json = JsonExamples.EXAMPLES.get(variant);
                assertThat(json).as("an example for %s", variant.getName()).isNotNull();
                Object value = AiJson.read(json, root);
                assertThat(value).isInstanceOf(variant);
                JsonNode expected = AiJson.mapper().readTree(json);
                JsonNode written = AiJson.mapper().readTree(AiJson.write(value));
                assertThat(dev.luminara.ai.command.JsonDiff.same(written, expected))
                        .as("%s writes back as %s", written, expected)
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(JsonExamples.EXAMPLES.size());
    }

    @Test
    void optionalMembersMayBeLeftOutAndUnknownOnesAreRefused() {
        AiIntent.SpawnRelative s = (AiIntent.SpawnRelative) AiJson.read(
                "{\"type\":\"SpawnRelative\",\"anchor\":{\"type\":\"ByTag\",\"tag\":\"player\"},"
                        + "\"offset\":{\"type\":\"Above\",\"height\":1}}",
                AiIntent.class);
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.spacing()).isEqualTo(1f);
        assertThat(s.template().components()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AiJson.read("{\"type\":\"ByName\",\"name\":\"x\",\"nmae\":\"y\"}", EntityReference.class))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("nmae");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AiJson.read("{\"type\":\"Teleport\"}", EngineCommand.class))
                .hasMessageContaining("Teleport");
    }
}
