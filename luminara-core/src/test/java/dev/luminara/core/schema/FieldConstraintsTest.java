package dev.luminara.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.luminara.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldConstraintsTest {
    @Test
    void theJsonHasOnlyTheConstraintsNotJavasIsEmpty() throws JsonProcessingException {
        assertThat(Json.mapper().writeValueAsString(FieldConstraints.NONE)).isEqualTo("{}");
        assertThat(Json.mapper().writeValueAsString(new FieldConstraints(0.0, 1.0, List.of(), "m")))
                .isEqualTo("{\"min\":0.0,\"max\":1.0,\"unit\":\"m\"}");
    }
}
