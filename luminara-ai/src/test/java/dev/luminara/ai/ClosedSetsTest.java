package dev.luminara.ai;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.luminara.ai.command.CommandText;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.context.DigestLevel;
import org.junit.jupiter.api.Test;

/** Every variant of the closed sets reaches the end of the instanceof chains that handle it (see JsonFormsTest). */
class ClosedSetsTest {
    @Test
    void everyCommandIsDescribed() {
        for (Class<?> variant : EngineCommand.class.getPermittedSubclasses()) {
            EngineCommand c =
                    AiJson.read(dev.luminara.ai.testing.JsonExamples.EXAMPLES.get(variant), EngineCommand.class);
            assertThatCode(() -> CommandText.describe(c)).doesNotThrowAnyException();
        }
    }

    @Test
    void everyDigestLevelHasABudget() {
        for (Class<?> variant : DigestLevel.class.getPermittedSubclasses()) {
            DigestLevel l = AiJson.read(dev.luminara.ai.testing.JsonExamples.EXAMPLES.get(variant), DigestLevel.class);
            assertThatCode(() -> DigestLevel.nominalTokens(l)).doesNotThrowAnyException();
        }
    }
}
