package dev.luminara.ai.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.core.World;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command has a footprint, a summary and a result: the timeline's instanceof chains miss none. */
class TimelineClosedSetsTest {
    @Test
    void everyCommandVariantIsHandled() {
        var map = dev.luminara.ai.testing.JsonExamples.EXAMPLES;
        for (Class<?> variant : EngineCommand.class.getPermittedSubclasses()) {
            EngineCommand c = AiJson.read(map.get(variant), EngineCommand.class);
            assertThat(Footprint.of(List.of(c), List.of()).touches())
                    .as("%s touches something", variant)
                    .isNotEmpty();
            assertThatCode(() -> ChangeSummary.of(List.of(c), List.of(), new World()))
                    .doesNotThrowAnyException();
            assertThatCode(() -> OperationResult.of(List.of(c))).doesNotThrowAnyException();
        }
    }
}
