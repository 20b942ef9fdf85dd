package dev.luminara.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.testing.WorldOps;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Verification never changes the live world: random worlds (core's {@code WorldOps}), scripts that spawn, destroy,
 * move, rewrite components, fail and loop, on random targets. The world's content, tick, entity count and registry
 * are the same afterwards.
 */
class VerifyNeverChangesTheWorldProperties {
    static final CodeVerifier VERIFIER = CodeVerifier.builder()
            .frames(3)
            .sandbox(CodeVerifier.DEFAULT_SANDBOX.withMaxInstructions(100_000))
            .build();

    static final List<String> BODIES = List.of(
            "transform.set_position(self.entity, vec3(1, 2, 3))",
            "world.destroy(self.entity)",
            "for i = 1, 3 do world.spawn(\"s\" .. i, vec3(i, 0, 0), {\"spawned\"}) end",
            "for _, e in ipairs(world.query({\"Transform\"})) do transform.translate(e, vec3(0, 1, 0)) end",
            "for _, e in ipairs(world.query({\"Transform\"})) do world.destroy(e) end",
            "world.set_component(self.entity, \"Description\", { text = \"changed\" })",
            "physics.set_velocity(self.entity, vec3(0, 5, 0))",
            "error(\"boom\")",
            "while true do end",
            "local t = {} for i = 1, 1e7 do t[i] = i end",
            "for i = 1, 500 do world.spawn(\"bomb\") end",
            "Vehicle.SetSpeed(10)",
            "world.send_message(self.entity, \"ping\", 1)");

    @Provide
    Arbitrary<String> scripts() {
        return Arbitraries.of(BODIES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> "local C = {}\nfunction C:on_start()\n  " + parts.get(0) + "\nend\n"
                        + "function C:on_update(dt)\n  " + String.join("\n  ", parts) + "\nend\nreturn C\n");
    }

    @Property(tries = 60)
    void verificationNeverChangesTheLiveWorld(
            @ForAll("worlds") List<WorldOps.Op> ops,
            @ForAll("scripts") String source,
            @ForAll("picks") List<Integer> picks) {
        World world = WorldOps.build(ops);
        List<Entity> live = world.entities();
        List<Entity> targets = new ArrayList<>();
        for (int p : picks) if (!live.isEmpty()) targets.add(live.get(Math.floorMod(p, live.size())));
        WorldSnapshot before = world.snapshot();
        long tick = world.tick();
        int types = world.components().names().size();

        VerificationResult r =
                VERIFIER.verify(ScriptSubmission.lua("p.lua", source, targets.toArray(new Entity[0])), world);

        assertThat(r).isNotNull();
        assertThat(world.snapshot().sameContent(before)).as(r.toText()).isTrue();
        assertThat(world.tick()).isEqualTo(tick);
        assertThat(world.entities()).isEqualTo(live);
        assertThat(world.components().names()).hasSize(types);
    }

    @Provide
    Arbitrary<List<WorldOps.Op>> worlds() {
        return WorldOps.ops(25);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(3);
    }
}
