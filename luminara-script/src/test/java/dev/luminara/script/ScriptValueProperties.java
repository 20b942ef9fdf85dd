package dev.luminara.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScriptValueProperties {
    /** JSON is how WASM passes lists and maps and how saved state travels; plain data must survive it exactly. */
    @Property(tries = 300)
    void plainValuesSurviveJson(@ForAll("plain") ScriptValue v) {
        assertThat(ScriptJson.read(ScriptJson.write(v))).isEqualTo(v);
    }

    @Provide
    Arbitrary<ScriptValue> plain() {
        Arbitrary<ScriptValue> leaf = Arbitraries.oneOf(
                Arbitraries.just(ScriptValue.NIL),
                Arbitraries.of(true, false).map(ScriptValue::of),
                Arbitraries.integers().between(-1_000_000, 1_000_000).map(i -> ScriptValue.of((double) i)),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(d -> ScriptValue.of(d.doubleValue())),
                Arbitraries.strings().ofMaxLength(12).map(ScriptValue::of));
        Arbitrary<ScriptValue> list =
                leaf.filter(x -> !x.isNil()).list().ofMaxSize(4).map(ScriptValue::list);
        Arbitrary<ScriptValue> map = Arbitraries.maps(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), leaf)
                .ofMaxSize(4)
                .map(m -> ScriptValue.map(new LinkedHashMap<>(m)));
        return Arbitraries.oneOf(leaf, list, map);
    }

    @Test
    void entitiesAndVectorsBecomeTheirSceneForms() {
        assertThat(ScriptJson.write(ScriptValue.of(new Entity(12, 3)))).isEqualTo("\"12v3\"");
        assertThat(ScriptJson.write(ScriptValue.of(new Vec3(1, 2.5f, -3)))).isEqualTo("[1.0,2.5,-3.0]");
    }

    @Test
    void everyKindOfValueHasItsType() {
        List<ScriptValue> samples = new ArrayList<>(List.of(
                ScriptValue.NIL,
                ScriptValue.TRUE,
                ScriptValue.of(1.5),
                ScriptValue.of("x"),
                ScriptValue.of(new Entity(1, 0)),
                ScriptValue.of(Vec3.ONE),
                ScriptValue.list(List.of()),
                ScriptValue.map(Map.of())));
        assertThat(samples).extracting(v -> (Object) v.getClass()).containsExactlyInAnyOrder((Object[])
                ScriptValue.class.getPermittedSubclasses());
        assertThat(samples).extracting(ScriptValue::type).doesNotHaveDuplicates();
        for (ScriptValue v : samples) {
            assertThat(ScriptJson.toJson(v)).isNotNull();
        }
    }

    @Test
    void everyScriptStateRoundTripsThroughTheStatusComponent() {
        List<ScriptState> states = List.of(
                ScriptState.UNINITIALIZED,
                ScriptState.RUNNING,
                ScriptState.PAUSED,
                new ScriptState.Error("boom", "a.lua", 3, "stack traceback:"));
        assertThat(states).extracting(s -> (Object) s.getClass()).containsExactlyInAnyOrder((Object[])
                ScriptState.class.getPermittedSubclasses());
        for (ScriptState s : states) assertThat(ScriptStatus.of(s).toState()).isEqualTo(s);
    }
}
