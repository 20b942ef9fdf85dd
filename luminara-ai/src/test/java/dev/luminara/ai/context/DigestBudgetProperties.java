package dev.luminara.ai.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.testing.WorldOps;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class DigestBudgetProperties {
    private static final TokenCounter CL100K = TokenCounter.cl100k();
    private static final TokenCounter O200K = TokenCounter.of("o200k_base");

    @Provide
    Arbitrary<List<WorldOps.Op>> worlds() {
        return WorldOps.ops(80);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of(
                "",
                "enemy",
                "the red crate near the tower",
                "abc",
                "player",
                "north-east corner",
                "<|endoftext|> weird ☃ text",
                "tower lamp");
    }

    @Property(tries = 200)
    void theDigestNeverExceedsItsBudget(
            @ForAll("worlds") List<WorldOps.Op> ops,
            @ForAll @IntRange(min = 0, max = 2500) int budget,
            @ForAll("queries") String query,
            @ForAll @IntRange(min = 0, max = 3) int level,
            @ForAll boolean o200k) {
        World world = WorldOps.build(ops);
        // some structure the digest can use: named, tagged, placed entities
        for (int i = 0; i < ops.size() / 4; i++) {
            world.spawn(
                    new Name(i % 3 == 0 ? "tower" : "crate_" + i),
                    Tags.of(i % 2 == 0 ? "enemy" : "prop"),
                    Transform.at(i, 0, -i));
        }
        TokenCounter counter = o200k ? O200K : CL100K;
        ContextEngine engine = ContextEngineTest.engine(world, counter);
        List<Entity> live = world.entities();
        DigestLevel digestLevel =
                switch (level) {
                    case 0 -> new DigestLevel.WorldSummary();
                    case 1 -> new DigestLevel.EntityCatalog();
                    case 2 -> new DigestLevel.EntityDetail(query);
                    default ->
                        live.isEmpty() ? new DigestLevel.EntityDetail(query) : new DigestLevel.FullEntity(live.get(0));
                };
        WorldContext ctx = engine.generate(new ContextRequest(digestLevel, budget, List.of(), null));
        int limit = budget > 0 ? budget : DigestLevel.nominalTokens(digestLevel);
        assertThat(counter.count(ctx.text())).isLessThanOrEqualTo(limit).isEqualTo(ctx.tokenUsage());
        assertThat(ctx.maxTokens()).isEqualTo(limit);
        Statistics.label("fill")
                .collect(
                        ctx.text().isEmpty()
                                ? "empty"
                                : ctx.tokenUsage() * 10 / Math.max(1, limit) >= 7 ? ">=70%" : "<70%");
    }
}
