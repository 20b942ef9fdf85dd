package dev.luminara.lunyscript.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.lunyscript.ContractLockException;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.descriptor.Descriptors;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractLockTest {
    @TempDir
    Path dir;

    Path api(String version, String speedMax) {
        return Descriptors.write(
                dir,
                "return { version = '" + version + "', semantics = {"
                        + " SetSpeed = { domain = 'Vehicle', description = 'any text', params = {"
                        + " { name = 'speed', type = 'float', min = 0, max = " + speedMax + " } } } } }",
                null);
    }

    @Test
    void theShippedLockMatchesTheShippedDescriptor() {
        Descriptor d = DescriptorLoader.builtIn();
        assertThat(d.files().exists(ContractLock.FILE)).isTrue();
        assertThat(ContractLock.contract(d.semantic("SetSpeed").orElseThrow()))
                .isEqualTo("Vehicle.SetSpeed(speed: number [0.0, 100.0] = 0.0) -> void; idempotent; exposed_to_lua");
    }

    @Test
    void changingAContractUnderTheSameVersionIsRefused() {
        Path api = api("1.0", "100");
        ContractLock.write(DescriptorLoader.load(api), dir.resolve(ContractLock.FILE));
        assertThat(DescriptorLoader.load(api).version()).isEqualTo("1.0");

        Path changed = api("1.0", "200");
        assertThatThrownBy(() -> DescriptorLoader.load(changed))
                .isInstanceOf(ContractLockException.class)
                .hasMessageContaining("descriptor version 1.0 is locked")
                .hasMessageContaining("changed Vehicle.SetSpeed(speed: number [0.0, 100.0] = 0.0) -> void => "
                        + "Vehicle.SetSpeed(speed: number [0.0, 200.0] = 0.0) -> void");
    }

    @Test
    void bumpingTheVersionAllowsTheChangeAndRelocks() throws Exception {
        Path api = api("1.0", "100");
        ContractLock.write(DescriptorLoader.load(api), dir.resolve(ContractLock.FILE));
        Path bumped = api("1.1", "200");
        Descriptor d = DescriptorLoader.load(bumped);
        assertThat(ContractLock.write(d, dir.resolve(ContractLock.FILE)))
                .singleElement()
                .asString()
                .startsWith("changed");
        assertThat(Files.readString(dir.resolve(ContractLock.FILE))).contains("\"version\" : \"1.1\"");
        assertThatThrownBy(() -> DescriptorLoader.load(api("1.0", "100")))
                .hasMessageContaining("older than the locked 1.1");
    }

    @Test
    void descriptionsAreNotPartOfTheContract() {
        Path api = api("1.0", "100");
        ContractLock.write(DescriptorLoader.load(api), dir.resolve(ContractLock.FILE));
        Descriptors.write(
                dir,
                "return { version = '1.0', semantics = { SetSpeed = { domain = 'Vehicle',"
                        + " description = 'reworded', params = { { name = 'speed', type = 'float', min = 0, max = 100 } } } } }",
                null);
        assertThat(DescriptorLoader.load(api).semantic("SetSpeed").orElseThrow().description())
                .isEqualTo("reworded");
    }
}
