package dev.luminara.lunyscript.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.lunyscript.ArgumentException;
import dev.luminara.lunyscript.NativeObjectProxy;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ParamSpecTest {
    static final NumberParamSpec SPEED = new NumberParamSpec("speed", 0, 100, 10, false, false);

    @Property
    void numbersAlwaysLandInRange(@ForAll double v) {
        if (Double.isNaN(v)) return;
        double out = (double) SPEED.process("Vehicle.SetSpeed", v);
        assertThat(out).isBetween(0.0, 100.0);
        if (v >= 0 && v <= 100) assertThat(out).isEqualTo(v);
    }

    @Test
    void defaultsRequiredAndTypes() {
        assertThat(SPEED.process("V", null)).isEqualTo(10.0);
        assertThat(new NumberParamSpec("n", 0, 10, 0, false, true).process("V", 2.6))
                .isEqualTo(3.0);
        assertThatThrownBy(() -> new BoolParamSpec("on", false, true).process("Object.Set", null))
                .isInstanceOf(ArgumentException.class)
                .hasMessage("Object.Set(on): required, missing");
        assertThatThrownBy(() -> SPEED.process("V", Double.NaN)).hasMessage("V(speed): expected a number, got NaN");
        assertThatThrownBy(() -> new BoolParamSpec("on", false, false).process("V", 1))
                .hasMessage("V(on): expected true or false, got Integer");
    }

    @Test
    void allowedValuesSuggest() {
        StringParamSpec level = new StringParamSpec("level", "info", List.of("info", "warn"), false);
        assertThat(level.process("Debug.Log", null)).isEqualTo("info");
        assertThatThrownBy(() -> level.process("Debug.Log", "wran"))
                .hasMessage("Debug.Log(level): 'wran' is not one of [info, warn]; did you mean 'warn'?");
    }

    @Test
    void objectProxiesAreUnwrapped() {
        NativeObjectProxy proxy = () -> "native";
        assertThat(new ObjectParamSpec("o", "Thing", null, false).process("V", proxy))
                .isEqualTo("native");
    }

    @Test
    void everyKindHasASchemaAndADescription() {
        List<ParamSpec> one = List.of(
                SPEED,
                new BoolParamSpec("b", true, false),
                new StringParamSpec("s", "", List.of(), false),
                new ObjectParamSpec("o", "Thing", null, true));
        assertThat(one.stream().map(p -> (Object) p.getClass()).toList())
                .containsExactlyInAnyOrder((Object[]) ParamSpec.class.getPermittedSubclasses());
        for (ParamSpec p : one) {
            assertThat(p.jsonSchema()).isNotNull();
            assertThat(p.describe()).startsWith(p.name() + ": ");
        }
        assertThat(SPEED.jsonSchema().toString())
                .isEqualTo("{\"type\":\"number\",\"minimum\":0.0,\"maximum\":100.0,\"default\":10.0,"
                        + "\"description\":\"clamped into range\"}");
    }
}
