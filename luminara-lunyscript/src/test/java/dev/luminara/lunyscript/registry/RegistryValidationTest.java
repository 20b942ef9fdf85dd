package dev.luminara.lunyscript.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.World;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.descriptor.Descriptors;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load-time validation: what is reported, what refuses to load, and where each problem is. */
class RegistryValidationTest {
    static final String NS = "['dev.luminara.lunyscript.luminara']";

    @TempDir
    Path dir;

    Descriptor descriptor(String bindings) {
        return DescriptorLoader.load(Descriptors.withBindings(dir, "return { " + NS + " = { " + bindings + " } }"));
    }

    CoreEngineAdapter adapter() {
        return new CoreEngineAdapter(new World());
    }

    @Test
    void unknownTransformIsAnErrorWithSuggestion() {
        Descriptor d = descriptor("SetSpeed = { target = 'BodyView.velocity', transform = 'ToVector3Fwd' }");
        assertThatThrownBy(() -> ApiRegistry.load(d, adapter()))
                .isInstanceOf(RegistryLoadException.class)
                .hasMessageStartingWith(
                        "b.lua: engines.Luminara[\"dev.luminara.lunyscript.luminara\"].SetSpeed.transform:"
                                + " unknown transform 'ToVector3Fwd'; did you mean")
                .hasMessageContaining("'ToVector3Forward'");
    }

    @Test
    void parameterTypeMismatchIsAnError() {
        Descriptor d = descriptor("SetSpeed = { target = 'EntityHandle.enabled' }");
        ValidationReport r = ApiRegistry.inspect(d, adapter()).report();
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.keyPath()).endsWith("SetSpeed.target");
            assertThat(p.message())
                    .isEqualTo("parameter-type mismatch: Vehicle.SetSpeed passes speed as number but"
                            + " EntityHandle.setEnabled(boolean) takes boolean there");
        });
    }

    @Test
    void unmappedBindingsWarnAndMissingSemanticsAreReported() {
        Descriptor d =
                descriptor("Honk = { target = 'EntityHandle.destroy' }, Hnok = { target = 'EntityHandle.destroy' }");
        ApiRegistry registry = ApiRegistry.load(d, adapter());
        ValidationReport r = registry.report();
        assertThat(r.implemented()).containsExactly("Honk");
        assertThat(r.missing()).containsExactly("SetSpeed");
        assertThat(r.unmapped()).containsExactly("Hnok");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("which no semantic defines; did you mean 'Honk'?");
        });
        assertThat(r.coverage()).isEqualTo(0.5);
        assertThatThrownBy(() -> registry.binding("SetSpeed")).hasMessage("'SetSpeed' is not implemented on Luminara");
        assertThatThrownBy(() -> registry.binding("SetSped"))
                .hasMessage("unknown verb 'SetSped'; did you mean 'SetSpeed'?");
    }

    @Test
    void unresolvableTargetsListWhatWasTried() {
        Descriptor d = descriptor("Honk = { target = 'Horn.play' }, SetSpeed = { target = 'BodyView.speeed' }");
        ValidationReport r = ApiRegistry.inspect(d, adapter()).report();
        assertThat(r.errors())
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "type 'Horn' not found (tried dev.luminara.lunyscript.luminara.Horn, Horn)",
                        "'BodyView' has no public callable or writable member 'speeed' taking 1 argument(s)");
    }

    @Test
    void overloadsNeedASignature() {
        Descriptor d = DescriptorLoader.load(Descriptors.write(
                dir,
                "return { version = '1.0', semantics = {"
                        + " Say = { domain = 'Debug', params = { { name = 'x', type = 'string' } } } },"
                        + " engines = { Luminara = { java = { Say = { target = 'lang.StringBuilder.append',"
                        + " transform = function(x) return x end } } } } }",
                null));
        ValidationReport r = ApiRegistry.inspect(d, adapter()).report();
        assertThat(r.errors())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("'StringBuilder.append' is overloaded")
                .contains("add signature = {...}");
    }

    @Test
    void requiresLunyIsChecked() {
        Descriptor d = DescriptorLoader.load(Descriptors.write(
                dir,
                "return { version = '1.0', requires_luny = '9.0', semantics = {}, engines = { Luminara = {} } }",
                null));
        assertThatThrownBy(() -> ApiRegistry.load(d, adapter()))
                .hasMessage("api.lua: requires_luny: this descriptor needs LunyScript 9.0 or later, this is 0.1.0");
    }
}
