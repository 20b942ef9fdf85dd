package dev.luminara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.json.Json;
import dev.luminara.core.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneCommandTest {

    @Test
    void validateAcceptsTheArena() {
        CliRun run = CliRun.of("scene", "validate", Samples.arenaScene().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("ok: ").contains("scene 'arena', 20 entities");
    }

    @Test
    void validateReportsTheFirstFaultPrecisely(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("typo.scene.json");
        Files.writeString(bad, "{\"entities\": [\n  {\"id\": \"2v0\", \"components\": {\"MeshShap\": {}}}\n]}\n");
        CliRun run = CliRun.of("scene", "validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("luminara scene validate: " + bad + ":2:32: entity 2v0, component MeshShap: unknown"
                        + " component 'MeshShap'; did you mean MeshShape?");
    }

    @Test
    void validateReportsEveryFaultNotJustTheFirst(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("multi.scene.json");
        Files.writeString(
                bad,
                "{\"entities\": [\n  {\"id\": 1, \"components\": {\"Camera\": {\"fovDegrees\": 500}}},\n"
                        + "  {\"id\": 2, \"components\": {\"Collider\": {\"halfExtent\": [1, 1, 1]}}},\n"
                        + "  {\"id\": 3, \"components\": {\"Name\": {\"value\": \"fine\"}}}\n]}\n");
        CliRun run = CliRun.of("scene", "validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("luminara scene validate: " + bad + ":2:")
                .contains("fovDegrees");
        assertThat(lines.get(1))
                .startsWith("luminara scene validate: " + bad + ":3:")
                .contains("halfExtent");
        assertThat(lines.get(2)).isEqualTo("luminara scene validate: 2 problems in " + bad);
    }

    @Test
    void validateRejectsMalformedJson(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"entities\": [\n");
        CliRun run = CliRun.of("scene", "validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(bad + ":2:").contains("malformed JSON");
    }

    @Test
    void schemaPrintsOneComponentAsText() {
        CliRun run = CliRun.of("scene", "schema", "Transform");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Transform  (core)");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches("\\s+position\\s+vec3\\s+= \\[0,0,0\\]\\s+m\\s+Position in metres"));
        assertThat(run.out()).contains("paired with: Name, MeshShape, GlobalTransform");
    }

    @Test
    void schemaShowsRangesAndAllowedValues() {
        CliRun run = CliRun.of("scene", "schema", "RigidBody");
        assertThat(run.out()).contains("DYNAMIC|KINEMATIC|STATIC").contains("[0, 1]");
        // AudioSource.clip has no default: it is required
        assertThat(CliRun.of("scene", "schema", "AudioSource").out()).containsPattern("clip\\s+string\\s+required");
    }

    @Test
    void schemaOfAnUnknownComponentSuggestsNames() {
        CliRun run = CliRun.of("scene", "schema", "Colider");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("luminara scene schema: unknown component 'Colider'; did you mean Collider?\n");
    }

    @Test
    void schemaAsJsonListsEveryComponent() throws Exception {
        CliRun run = CliRun.of("scene", "schema", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode all = Json.mapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        all.forEach(s -> names.add(s.get("name").asText()));
        assertThat(names)
                .contains(
                        "AudioSource",
                        "Camera",
                        "Children",
                        "Collider",
                        "Description",
                        "GlobalTransform",
                        "Light",
                        "MeshShape",
                        "Name",
                        "Parent",
                        "RigidBody",
                        "Tags",
                        "Transform",
                        "Velocity")
                .isSorted();

        JsonNode camera = Json.mapper()
                .readTree(CliRun.of("scene", "schema", "Camera", "--json").out());
        assertThat(camera.get("name").asText()).isEqualTo("Camera");
        assertThat(camera.get("fields").get(1).get("name").asText()).isEqualTo("fovDegrees");
        assertThat(camera.get("fields").get(1).get("constraints").get("max").asDouble())
                .isEqualTo(179);
    }

    @Test
    void everySceneCommandHasHelp() {
        for (String[] args :
                List.of(new String[] {"scene", "--help"}, new String[] {"scene", "validate", "--help"}, new String[] {
                    "scene", "schema", "--help"
                })) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out())
                    .startsWith(
                            "Usage: luminara " + String.join(" ", List.of(args).subList(0, args.length - 1)));
        }
        assertThat(CliRun.of("scene").out()).contains("validate").contains("schema");
    }
}
