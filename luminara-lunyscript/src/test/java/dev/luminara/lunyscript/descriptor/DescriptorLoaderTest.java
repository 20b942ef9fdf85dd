package dev.luminara.lunyscript.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.SemanticVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorLoaderTest {
    @TempDir
    Path dir;

    @Test
    void builtInDescriptorHasTheSampleVerbsInFourDomains() {
        Descriptor d = DescriptorLoader.builtIn();
        assertThat(d.version()).isEqualTo("1.0");
        assertThat(d.domains()).containsExactly("Debug", "Object", "Transform", "Vehicle");
        assertThat(d.engines()).containsOnlyKeys("JME", "Luminara");
        assertThat(d.engine("JME").file()).isEqualTo("jme_bindings.lua");
        assertThat(d.semantic("GetSpeed").orElseThrow().returns()).isEqualTo("number");
        BindingDef steer = d.engine("Luminara").find("Steer").orElseThrow();
        assertThat(steer.target().byVersion()).containsEntry(SemanticVersion.parse("0.1"), "SteeringView.angleDegrees");
        assertThat(steer.origin().toString())
                .isEqualTo("luminara_bindings.lua: engines.Luminara[\"dev.luminara.lunyscript.luminara\"].Steer");
    }

    @Test
    void errorsInABindingsFileNameThatFileAndTheKeyPath() {
        Path api =
                Descriptors.withBindings(dir, "return { ['com.jme3.scene'] = { SetSpeed = { target = 'velocity' } } }");
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("b.lua: engines.Luminara[\"com.jme3.scene\"].SetSpeed.target: expected \"Type.member\","
                        + " got 'velocity'")
                .extracting(e -> ((DescriptorException) e).file())
                .isEqualTo("b.lua");
    }

    @Test
    void unknownKeysGetSuggestions() {
        Path api = Descriptors.write(
                dir, "return { version = '1.0', semantics = { Honk = { domian = 'Vehicle' } } }", null);
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .hasMessage("api.lua: semantics.Honk.domian: unknown key; did you mean 'domain'?");
    }

    @Test
    void contractErrorsAreLocated() {
        Path api = Descriptors.write(
                dir,
                "return { version = '1.0', semantics = { Log = { domain = 'Debug', params = {"
                        + " { name = 'level', type = 'string', default = 'loud', allowed = { 'info' } } } } } }",
                null);
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .hasMessage("api.lua: semantics.Log.params[1].default: default 'loud' is not one of [info]");
        Path api2 = Descriptors.write(
                dir,
                "return { version = '1.0', semantics = { S = { domain = 'D', params = {"
                        + " { name = 'x', type = 'float', min = 5, max = 1 } } } } }",
                null);
        assertThatThrownBy(() -> DescriptorLoader.load(api2))
                .hasMessage("api.lua: semantics.S.params[1].min: min 5.0 is greater than max 1.0");
        Path api3 = Descriptors.write(
                dir,
                "return { version = '1.0', semantics = { S = { domain = 'D', params = {"
                        + " { name = 'x', type = 'vector' } } } } }",
                null);
        assertThatThrownBy(() -> DescriptorLoader.load(api3))
                .hasMessageContaining("semantics.S.params[1].type: unknown type 'vector'");
    }

    @Test
    void badVersionKeysAndVersionsAreRefused() {
        Path api = Descriptors.withBindings(
                dir, "return { ns = { Honk = { target = { default = 'A.b', ['x.y'] = 'A.c' } } } }");
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .hasMessageStartingWith("b.lua: engines.Luminara.ns.Honk.target[\"x.y\"]: a version key must be");
        Path api2 = Descriptors.write(dir, "return { version = 'one', semantics = {} }", null);
        assertThatThrownBy(() -> DescriptorLoader.load(api2)).hasMessageStartingWith("api.lua: version: not a version");
    }

    @Test
    void luaSyntaxErrorsNameTheFileAndLine() {
        Path api = Descriptors.withBindings(dir, "return {\n  ns = { Honk = { target = 'A.b' }\n");
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("b.lua: line 3:");
    }

    @Test
    void theSandboxHasNoFileOsOrJavaAccess() {
        Path api = Descriptors.write(
                dir,
                "assert(io == nil and os == nil and luajava == nil and require == nil"
                        + " and loadfile == nil and package == nil and debug == nil)\n"
                        + "return { version = string.format('%d.%d', 1, math.floor(2.5)), semantics = {} }",
                null);
        assertThat(DescriptorLoader.load(api).version()).isEqualTo("1.2");
    }

    @Test
    void dofileCannotLeaveTheDescriptorFolder() throws Exception {
        Path inner = Files.createDirectory(dir.resolve("inner"));
        Files.writeString(dir.resolve("secret.lua"), "return { ns = {} }");
        Path api = Descriptors.write(
                inner,
                "return { version = '1.0', semantics = {}," + " engines = { Luminara = dofile('../secret.lua') } }",
                null);
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("refused: descriptors may only read files inside their folder");
        Path api2 = Descriptors.write(
                inner,
                "return { version = '1.0', semantics = {}," + " engines = { Luminara = dofile('"
                        + dir.resolve("secret.lua").toString().replace("\\", "/") + "') } }",
                null);
        assertThatThrownBy(() -> DescriptorLoader.load(api2)).hasMessageContaining("refused");
    }

    @Test
    void duplicateBindingsAcrossNamespacesAreRefused() {
        Path api = Descriptors.withBindings(
                dir, "return { a = { Honk = { target = 'A.b' } }, b = { Honk = { target = 'B.c' } } }");
        assertThatThrownBy(() -> DescriptorLoader.load(api))
                .hasMessage(
                        "b.lua: engines.Luminara.b.Honk: semantic 'Honk' is already bound at engines.Luminara.a.Honk");
    }
}
