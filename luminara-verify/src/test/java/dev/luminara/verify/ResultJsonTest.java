package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.json.Json;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON the MCP tools return (results) and take (submissions). */
class ResultJsonTest {
    static final CodeVerifier VERIFIER = CodeVerifier.builder().frames(3).build();

    @Test
    void aResultSerialisesWithTheEngineMapperEntitiesAsIds() throws Exception {
        World w = new World();
        Entity tower = w.spawn(new Name("tower"), Transform.IDENTITY);
        String src = "local C = {}\nfunction C:on_start()\n  world.spawn(\"crate\", vec3(1, 0, 0))\nend\n"
                + "function C:on_update(dt)\n  transform.rotate_y(self.entity, 10)\nend\nreturn C\n";
        VerificationResult r = VERIFIER.verify(ScriptSubmission.lua("spin.lua", src, tower), w);
        JsonNode json = Json.mapper().valueToTree(r);
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("preview").get("created").get(0).get("entity").asText())
                .isEqualTo("1v0");
        assertThat(json.get("preview").get("createdCount").asInt()).isEqualTo(1);
        assertThat(json.get("preview").get("modified").get(0).get("name").asText())
                .isEqualTo("tower");
        assertThat(json.get("sandboxResult")
                        .get("callsByFunction")
                        .get("world.spawn")
                        .asLong())
                .isEqualTo(1);
        assertThat(json.get("preview").get("summary").asText())
                .isEqualTo("Attaches spin.lua to 1 entity; over 3 frames it would create 1 entity (crate 1v0), modify 1"
                        + " (tower 0v0: Script added, Transform.rotation)");
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "passed", "failedStage", "staticIssues", "sandboxResult", "preview", "suggestions", "timings");
    }

    @Test
    void submissionsAreReadFromTheToolForm() throws Exception {
        ScriptSubmission s = ScriptSubmission.fromJson(Json.mapper()
                .readTree("{\"path\": \"a/spin.lua\", \"source\": \"return {}\", \"attachTo\": [\"12v0\","
                        + " {\"type\": \"ByName\", \"name\": \"tower\"}], \"frames\": 30}"));
        assertThat(s.language()).isEqualTo(dev.luminara.script.ScriptLanguage.LUA);
        assertThat(s.attachTo())
                .containsExactly(new EntityReference.ById(Entity.parse("12v0")), new EntityReference.ByName("tower"));
        assertThat(s.frames()).isEqualTo(30);
        byte[] module = {0, 97, 115, 109, 1, 0, 0, 0};
        ScriptSubmission w = ScriptSubmission.fromJson(Json.mapper()
                .readTree("{\"path\": \"m.wasm\", \"wasm\": \""
                        + Base64.getEncoder().encodeToString(module) + "\"}"));
        assertThat(w.wasm()).isEqualTo(module);
        assertThat(w.attachTo()).isEmpty();
    }

    @Test
    void badSubmissionsNameWhatIsWrong() {
        assertThatThrownBy(() -> ScriptSubmission.lua("../x.lua", "", List.of()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("'../x.lua' must be relative");
        assertThatThrownBy(() -> ScriptSubmission.lua("x.js", "", List.of()))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining(".lua or .wasm");
        assertThatThrownBy(() ->
                        ScriptSubmission.fromJson(Json.mapper().readTree("{\"path\": \"a.lua\", \"sourc\": \"\"}")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("unknown member 'sourc'; did you mean 'source'?");
        assertThatThrownBy(() -> VERIFIER.verify(
                        ScriptSubmission.lua("a.lua", "return {}", List.of(new EntityReference.ByName("nobody"))),
                        new World()))
                .isInstanceOf(UnresolvedTargetException.class)
                .hasMessageContaining("no entity is named \"nobody\" (no entity has a Name)");
        World named = new World();
        named.spawn(new Name("player"));
        named.spawn(new Name("tower"));
        assertThatThrownBy(() -> VERIFIER.verify(
                        ScriptSubmission.lua("a.lua", "return {}", List.of(new EntityReference.ByName("plyer"))),
                        named))
                .isInstanceOf(UnresolvedTargetException.class)
                .hasMessage("cannot attach the script: no entity is named \"plyer\"; did you mean \"player\"?");
        assertThatThrownBy(() -> VERIFIER.verify(
                        ScriptSubmission.lua("a.lua", "return {}", List.of(new EntityReference.ByName("nobody"))),
                        named))
                .hasMessage("cannot attach the script: no entity is named \"nobody\"; names: player, tower");
    }
}
