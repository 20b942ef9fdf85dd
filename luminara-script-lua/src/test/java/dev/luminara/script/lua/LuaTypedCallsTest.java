package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.script.ExecutionTier;
import org.junit.jupiter.api.Test;

/**
 * {@code transform.get_position} / {@code set_position} take a typed path for an entity and a {@code vec3()}; every
 * other argument form must behave as it did on the generic path (same results, same errors).
 */
class LuaTypedCallsTest {

    @Test
    void everyVectorFormMovesTheEntityAlike() {
        for (ExecutionTier tier : ExecutionTier.values()) {
            try (LuaHarness h = new LuaHarness(LuaHarness.RELAXED, id -> tier)) {
                h.file("forms.lua", """
                        local M = {}
                        function M:on_update(dt)
                          local p = transform.get_position()            -- left out: self
                          local q = transform.get_position(self.entity)
                          assert(p.x == q.x and p.y == q.y and p.z == q.z)
                          transform.set_position(self.entity, vec3(p.x + 1, p.y, p.z))       -- typed
                          transform.set_position(self.entity, {x = p.x + 2, y = p.y, z = 0.5}) -- plain table
                          transform.set_position(self.entity, {p.x + 3, p.y + 1, 0.5})        -- list
                          local v = vec3(0, 0, 0); v.x = p.x + 4; v.y = "7"                    -- a string field
                          transform.set_position(self.entity, v)
                        end
                        return M
                        """);
                Entity e = h.spawn("m", "forms.lua");
                h.frames(2);
                assertThat(h.errors).as(tier.name()).isEmpty();
                // frame 1: 0 -> 4 (y "7" read as 7); frame 2: 4 -> 8
                assertThat(h.world.get(e, Transform.class).position())
                        .as(tier.name())
                        .isEqualTo(new Vec3(8, 7, 0));
            }
        }
    }

    @Test
    void badArgumentsGetTheGenericErrors() {
        String[][] cases = {
            {"transform.set_position(self.entity, vec3(1, 2, 3), 4)", "expected at most 2 arguments, got 3"},
            {"transform.set_position(nil, vec3(1, 2, 3))", "argument 1 (entity) is missing"},
            {"transform.set_position('me', vec3(1, 2, 3))", "argument 1 (entity) expected entity, got string"},
            {"transform.set_position(self.entity, 5)", "argument 2 (position) expected vec3, got number"},
            {"transform.get_position({})", "argument 1 (entity) expected entity"},
            {"local v = vec3(1, 2, 3); v.z = nil; transform.set_position(self.entity, v)", "a vec3 needs a number"},
        };
        for (String[] c : cases) {
            try (LuaHarness h = new LuaHarness()) {
                h.file("bad.lua", "local M = {}\nfunction M:on_update(dt)\n  " + c[0] + "\nend\nreturn M\n");
                h.spawn("b", "bad.lua");
                h.frames(1);
                assertThat(h.errors).as(c[0]).hasSize(1);
                assertThat(h.errors.get(0).message()).as(c[0]).contains(c[1]);
            }
        }
    }
}
