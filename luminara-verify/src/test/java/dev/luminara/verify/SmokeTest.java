package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.json.Json;
import org.junit.jupiter.api.Test;

class SmokeTest {
    static final CodeVerifier V = CodeVerifier.builder().frames(10).build();

    @Test
    void smoke() throws Exception {
        World w = new World();
        Entity tower = w.spawn(new Name("tower"), Transform.IDENTITY);
        String src =
                "local C = {}\nfunction C:on_update(dt)\n  transform.set_pos(self.entity, vec3(1,2,3))\nend\nreturn C\n";
        VerificationResult r = V.verify(ScriptSubmission.lua("spin.lua", src, tower), w);
        System.out.println(r.toText());
        String good =
                "local C = {}\nfunction C:on_update(dt)\n  transform.rotate_y(self.entity, 45 * dt)\n  Vehicle.SetSpeed(500)\nend\nreturn C\n";
        VerificationResult g = V.verify(ScriptSubmission.lua("spin.lua", good, tower), w);
        System.out.println(g.toText());
        System.out.println(Json.mapper().writeValueAsString(g));
        VerificationResult s = V.verify(
                ScriptSubmission.lua(
                        "bad.lua", "local C = {}\nfunction C:on_update(dt)\n  if x then\nend\nreturn C\n", tower),
                w);
        System.out.println(s.toText());
        VerificationResult loop = V.verify(
                ScriptSubmission.lua(
                        "loop.lua",
                        "local C = {}\nfunction C:on_start()\n  for i = 1, 10000 do world.spawn('crate', vec3(i, 0, 0)) end\nend\nreturn C\n",
                        tower),
                w);
        System.out.println(loop.toText());
        assertThat(r.passed()).isFalse();
    }
}
