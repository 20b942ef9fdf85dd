package dev.luminara.ai.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.testing.Arena;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.math.Color;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContextEngineTest {
    private World world;
    private ContextEngine engine;

    @BeforeEach
    void setUp() {
        world = Arena.load();
        engine = engine(world, TokenCounter.cl100k());
    }

    static ContextEngine engine(World world, TokenCounter counter) {
        SpatialIndex spatial = SpatialIndex.of(world);
        return new ContextEngine(
                world,
                new SemanticIndex(world, spatial),
                spatial,
                counter,
                () -> PerformanceContext.unmeasured(60, world.entityCount()));
    }

    @Test
    void theQuerysMatchesComeFirstAndTheBudgetHolds() {
        WorldContext ctx = engine.generateContext("the red enemy near the tower", 2000);
        assertThat(ctx.tokenUsage())
                .isLessThanOrEqualTo(2000)
                .isEqualTo(TokenCounter.cl100k().count(ctx.text()));
        assertThat(ctx.encoding()).isEqualTo("cl100k_base");
        assertThat(ctx.entities().get(0).name()).isEqualTo("enemy_red");
        assertThat(ctx.entities().get(0).detailLevel()).isInstanceOf(DigestLevel.FullEntity.class);
        assertThat(ctx.entities()).extracting(EntityDigest::name).contains("tower", "player");
        assertThat(ctx.text())
                .startsWith("# World: 20 entities")
                .contains("## Entities (20 of 20, most relevant first)")
                .contains(
                        "- 10v0 enemy_red [enemy] (8, 0.9, -7) north-east corner: Collider, Description, MeshShape, RigidBody, Velocity")
                .contains("## Schemas");
        assertThat(ctx.schemas()).extracting(ComponentSchema::name).contains("MeshShape");
    }

    @Test
    void everyEntityTheSearchFindsForTheQueryOutranksThePlayerAndTheCamera() {
        List<String> found = new SemanticIndex(world, SpatialIndex.of(world))
                .search("enemy", 10).stream()
                        .filter(h -> h.name().startsWith("enemy"))
                        .map(dev.luminara.ai.search.SearchHit::name)
                        .toList();
        assertThat(found).hasSize(4);
        WorldContext ctx = engine.generateContext("enemy", 5000);
        List<String> names = ctx.entities().stream().map(EntityDigest::name).toList();
        assertThat(names.subList(0, 4)).containsExactlyInAnyOrderElementsOf(found);
        assertThat(names.indexOf("player")).isGreaterThan(3);
    }

    @Test
    void aSmallBudgetKeepsTheMostRelevantEntitiesAsCatalogLines() {
        WorldContext ctx = engine.generateContext("the red enemy near the tower", 150);
        assertThat(ctx.tokenUsage()).isLessThanOrEqualTo(150);
        assertThat(ctx.entities()).isNotEmpty().hasSizeLessThan(20);
        assertThat(ctx.entities().get(0).name()).isEqualTo("enemy_red");
        assertThat(engine.generateContext("anything", 3).text()).isEmpty();
    }

    @Test
    void eachEntityGetsTheRichestLevelThatFits() {
        WorldContext ctx = engine.generateContext("buggy", 50_000);
        assertThat(ctx.entities()).hasSize(20);
        EntityDigest buggy = ctx.entities().get(0);
        assertThat(buggy.name()).isEqualTo("buggy");
        assertThat(buggy.detailLevel()).isEqualTo(new DigestLevel.FullEntity(buggy.entity()));
        assertThat(buggy.values()).containsKeys("AudioSource", "Transform", "RigidBody");
        EntityDigest other = ctx.entities().get(ctx.entities().size() - 1);
        assertThat(other.detailLevel()).isEqualTo(new DigestLevel.EntityDetail("buggy"));
    }

    @Test
    void levelsShapeTheDigest() {
        WorldContext summary = engine.generate(new ContextRequest(new DigestLevel.WorldSummary(), 0, List.of(), null));
        assertThat(summary.entities()).isEmpty();
        assertThat(summary.maxTokens()).isEqualTo(500);
        assertThat(summary.text()).contains("Components: ").contains("Tags: ").doesNotContain("## Entities");

        WorldContext catalog = engine.generate(new ContextRequest(new DigestLevel.EntityCatalog(), 0, List.of(), null));
        assertThat(catalog.maxTokens()).isEqualTo(2000);
        assertThat(catalog.entities()).isNotEmpty().allSatisfy(d -> assertThat(d.values())
                .isEmpty());
        // without a query the player and the camera lead
        assertThat(catalog.entities().subList(0, 3))
                .extracting(EntityDigest::name)
                .contains("player", "camera");

        Entity tower = Arena.named(world, "tower");
        WorldContext full = engine.generate(new ContextRequest(new DigestLevel.FullEntity(tower), 0, List.of(), null));
        assertThat(full.maxTokens()).isEqualTo(1000);
        assertThat(full.entities().get(0).entity()).isEqualTo(tower);
        assertThat(full.entities().get(0).detailLevel()).isEqualTo(new DigestLevel.FullEntity(tower));
        assertThat(full.entities().subList(0, 4)).extracting(EntityDigest::name).contains("tower_lamp");
    }

    @Test
    void recentChangesSinceThePreviousDigestAreReportedWithFieldDifferences() {
        engine.generateContext("", 1000);
        world.set(Arena.named(world, "enemy_scout"), MeshShape.sphere(1, Color.RED));
        WorldContext ctx = engine.generateContext("", 2000);
        assertThat(ctx.recentChanges()).isNotNull();
        assertThat(ctx.text())
                .contains("## Recent changes (1 entities since tick")
                .contains("~ 11v0 enemy_scout: MeshShape.color");
        // the changed entity is seeded, so it ranks high
        assertThat(ctx.entities().subList(0, 4)).extracting(EntityDigest::name).contains("enemy_scout");
        assertThat(engine.generateContext("", 2000).recentChanges()).isNull();
    }

    @Test
    void theEncodingIsSelectable() {
        ContextEngine o200k = engine(world, TokenCounter.of("o200k_base"));
        WorldContext a = o200k.generateContext("tower", 400);
        assertThat(a.encoding()).isEqualTo("o200k_base");
        assertThat(a.tokenUsage())
                .isLessThanOrEqualTo(400)
                .isEqualTo(TokenCounter.of("o200k_base").count(a.text()));
        assertThat(TokenCounter.of("o200k_base").count(a.text()))
                .isNotEqualTo(TokenCounter.cl100k().count(a.text()));
    }

    @Test
    void schemasSayWhatIsCommonlyPairedInThisWorld() {
        ComponentSchema collider = engine.getSchema("Collider", SchemaLevel.FULL);
        assertThat(collider.commonlyPairedWith()).contains("MeshShape", "Name", "RigidBody", "Transform");
        assertThat(collider.fields().get(0).description()).isNotEmpty();
        ComponentSchema brief = engine.getSchema("Collider", SchemaLevel.BRIEF);
        assertThat(brief.fields()).allSatisfy(f -> assertThat(f.description()).isEmpty());
        assertThat(brief.examples()).isEmpty();
    }
}
