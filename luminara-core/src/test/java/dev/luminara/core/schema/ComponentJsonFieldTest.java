package dev.luminara.core.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luminara.core.InvalidComponentException;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.math.Color;
import org.junit.jupiter.api.Test;

class ComponentJsonFieldTest {
    @Test
    void aMisspeltFieldGetsTheClosestOneWhenReadOrWritten() {
        MeshShape box = MeshShape.box(1, 1, 1, Color.GREY);
        ComponentSchema schema = Schemas.of(MeshShape.class);
        assertThatThrownBy(() -> ComponentJson.field(box, schema, "colour"))
                .isInstanceOf(InvalidComponentException.class)
                .hasMessageContaining("colour: no such field; did you mean 'color'?");
        assertThatThrownBy(() -> ComponentJson.withField(box, schema, "sise", JsonNodeFactory.instance.numberNode(2)))
                .isInstanceOf(InvalidComponentException.class)
                .hasMessageContaining("sise: no such field; did you mean 'size'?");
    }
}
