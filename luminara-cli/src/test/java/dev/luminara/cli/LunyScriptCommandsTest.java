package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LunyScriptCommandsTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final String DESCRIPTOR = REPO.resolve(
                    "luminara-lunyscript/src/main/resources/lunyscript/lunyscript_api.lua")
            .toString();

    @TempDir
    Path dir;

    @Test
    void codegenCheckPassesOnTheCommittedSources() {
        CliRun r = CliRun.of("codegen", "--check", "--descriptor", DESCRIPTOR, "--out", REPO.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("generated files up to date");
    }

    @Test
    void codegenCheckFailsOnAnEmptyTree() {
        CliRun r = CliRun.of("codegen", "--check", "--descriptor", DESCRIPTOR, "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("drift: missing luminara-lunyscript/src/main/java/dev/luminara/lunyscript/generated/");
        CliRun write = CliRun.of("codegen", "--descriptor", DESCRIPTOR, "--out", dir.toString());
        assertThat(write.exitCode()).isZero();
        assertThat(dir.resolve("luminara-jme/src/main/java/dev/luminara/jme/generated/JmeVehicleService.java"))
                .exists();
    }

    @Test
    void apiReportShowsCoverageAndWritesPlantUml() {
        Path uml = dir.resolve("graph.puml");
        CliRun r = CliRun.of("api", "report", "--plantuml", uml.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Luminara 0.1.0: 12/12 implemented (100%)")
                .contains("JME 3.9.0: 12/12")
                .contains("  JME: COMPONENT DriveControl.setLinearVelocity(Vector3f) via ToVector3Forward(Vector3f)");
        assertThat(uml).content().startsWith("@startuml").contains("SetSpeed --> JME_SetSpeed : COMPONENT");
    }

    @Test
    void apiReportFailsAndLocatesBrokenBindings() throws Exception {
        Files.writeString(
                dir.resolve("api.lua"),
                "return { version = '1.0', semantics = { Honk = { domain = 'Vehicle' } },"
                        + " engines = { Luminara = { x = { Honk = { target = 'Nope.honk' } } }, JME = {} } }");
        CliRun r = CliRun.of(
                "api", "report", "--descriptor", dir.resolve("api.lua").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out())
                .contains("ERROR api.lua: engines.Luminara.x.Honk.target: type 'Nope' not found")
                .contains("JME 3.9.0: 0/1 implemented (0%)")
                .contains("missing:  Honk");
    }

    @Test
    void apiSchemaPrintsOneVerbOrAll() {
        CliRun one = CliRun.of("api", "schema", "Debug.Log");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out())
                .contains("\"title\" : \"Debug.Log\"")
                .contains("\"enum\" : [ \"info\", \"warn\", \"error\" ]");
        CliRun bad = CliRun.of("api", "schema", "Vehicle.SetSped");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("did you mean 'Vehicle.SetSpeed'");
    }

    @Test
    void apiLockChecksTheShippedDescriptor() {
        CliRun r = CliRun.of("api", "lock", "--descriptor", DESCRIPTOR);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 contracts match lunyscript.lock (version 1.0)");
    }
}
