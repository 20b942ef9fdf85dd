package dev.luminara.ai.context;

import dev.luminara.ai.change.ChangeSet;
import dev.luminara.ai.change.ChangeTracker;
import dev.luminara.ai.change.EntityChange;
import dev.luminara.ai.change.WorldVersion;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.ai.search.Bounds;
import dev.luminara.ai.search.SearchHit;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Name;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The AI context engine: world digests within a token budget, schema discovery, semantic search and recent changes.
 * What a digest shows is chosen by relevance: a personalised PageRank over the entity graph seeded by the query's
 * matches, the player, the active cameras, the selection and the recently changed entities.
 */
public final class ContextEngine {
    private static final int QUERY_HITS = 10;
    private static final int CHANGED_SEEDS = 20;
    private static final double QUERY = 0.5, PLAYER = 0.15, CAMERA = 0.1, SELECTION = 0.15, CHANGED = 0.1, TARGET = 0.6;
    /** The player's and cameras' share when a query found something. */
    private static final double QUERY_CONTEXT = 0.2;

    private final World world;
    private final SemanticIndex index;
    private final SpatialIndex spatial;
    private final TokenCounter counter;
    private final Supplier<PerformanceContext> performance;
    private final SchemaDiscovery schemas;
    private final ChangeTracker tracker;
    private final WorldFacts facts;

    public ContextEngine(
            World world,
            SemanticIndex index,
            SpatialIndex spatial,
            TokenCounter counter,
            Supplier<PerformanceContext> performance) {
        this.world = world;
        this.index = index;
        this.spatial = spatial;
        this.counter = counter;
        this.performance = performance;
        this.schemas = new SchemaDiscovery(world);
        this.tracker = new ChangeTracker(world, 2);
        this.facts = new WorldFacts(world);
    }

    public TokenCounter tokenCounter() {
        return counter;
    }

    public SchemaDiscovery schemas() {
        return schemas;
    }

    /** The digest for a query at the detail level, within {@code maxTokens}. */
    public WorldContext generateContext(String query, int maxTokens) {
        return generate(ContextRequest.of(query, maxTokens));
    }

    public WorldContext generate(ContextRequest request) {
        int budget = request.budget();
        spatial.refresh(world);
        if (request.query().isBlank()) index.refresh(); // a query's search refreshes it otherwise
        ChangeSet sinceLast = tracker.latest().map(tracker::changesSince).orElse(null);
        facts.update(sinceLast);
        ChangeSet changes = request.changesSince() != null ? tracker.changesSince(request.changesSince()) : sinceLast;
        Map<Entity, Double> seeds = seeds(request, changes);
        Bounds bounds = index.bounds();
        Map<Entity, Double> ranked = new EntityRanker(new EntityGraph(world, spatial)).rank(seeds);
        List<Entity> order = order(request, ranked);
        Map<Entity, Double> targets = detailTargets(request, seeds);
        WorldSummary summary = summary(bounds);
        PerformanceContext perf = performance.get();
        EntityDigests digests = new EntityDigests(world, bounds, request.query());
        Map<String, String> schemaText = new HashMap<>();
        LazyEntities entities = new LazyEntities(order, ranked, targets, request.level(), digests);
        boolean showEntities = !(request.level() instanceof DigestLevel.WorldSummary);
        BudgetFiller filler = new BudgetFiller(
                counter,
                budget,
                new BudgetFiller.Parts(
                        DigestRenderer.summaryVariants(summary),
                        DigestRenderer.performance(perf),
                        changes == null || changes.isEmpty() ? null : DigestRenderer.changesHeader(changes),
                        changes == null ? List.of() : DigestRenderer.changeLines(changes),
                        showEntities ? entities : LazyEntities.NONE,
                        c -> schemaText.computeIfAbsent(
                                c, n -> DigestRenderer.schema(schemas.schema(n, SchemaLevel.BRIEF)))));
        BudgetFiller.Plan plan = filler.fill();
        String text = filler.render(plan);
        List<EntityDigest> shown = new ArrayList<>();
        for (int i = 0; i < plan.entities(); i++) shown.add(entities.digest(i, plan.levels()[i]));
        List<ComponentSchema> shownSchemas = new ArrayList<>();
        for (String c : plan.schemas()) shownSchemas.add(schemas.schema(c, SchemaLevel.BRIEF));
        tracker.mark();
        return new WorldContext(
                summary,
                shown,
                shownSchemas,
                plan.changes() > 0 ? changes : null,
                perf,
                counter.count(text),
                budget,
                counter.encoding(),
                text);
    }

    /** Where relevance starts: query matches, the player, active cameras, the selection, recent changes. */
    private Map<Entity, Double> seeds(ContextRequest request, ChangeSet changes) {
        Map<Entity, Double> seeds = new LinkedHashMap<>();
        if (request.level() instanceof DigestLevel.FullEntity f) {
            world.requireAlive(f.entity());
            seeds.merge(f.entity(), TARGET, Double::sum);
        }
        // with a query, the player and the cameras are context for what was asked about, so they weigh less than
        // any match does (otherwise the player alone outweighs each of four equally good matches)
        double context = 1;
        if (!request.query().isBlank()) {
            List<SearchHit> hits = index.search(request.query(), QUERY_HITS);
            double total = hits.stream().mapToDouble(SearchHit::score).sum();
            for (SearchHit h : hits) seeds.merge(h.entity(), QUERY * h.score() / total, Double::sum);
            if (!hits.isEmpty()) context = QUERY_CONTEXT;
        }
        spread(seeds, facts.players(), PLAYER * context);
        spread(
                seeds,
                world.query(Camera.class).entities().stream()
                        .filter(e -> world.get(e, Camera.class).active())
                        .toList(),
                CAMERA * context);
        spread(seeds, request.selection().stream().filter(world::isAlive).toList(), SELECTION);
        if (changes != null) {
            spread(
                    seeds,
                    changes.entities().stream()
                            .filter(c -> c.kind() != EntityChange.Kind.DESPAWNED && world.isAlive(c.entity()))
                            .map(EntityChange::entity)
                            .limit(CHANGED_SEEDS)
                            .toList(),
                    CHANGED);
        }
        if (seeds.isEmpty()) {
            List<Entity> named = world.query(Name.class).entities();
            spread(
                    seeds,
                    (named.isEmpty() ? world.entities() : named)
                            .stream().limit(64).toList(),
                    1);
        }
        return seeds;
    }

    private static void spread(Map<Entity, Double> seeds, List<Entity> entities, double mass) {
        for (Entity e : entities) seeds.merge(e, mass / entities.size(), Double::sum);
    }

    /** The ranked entities first, then every other entity in id order (a digest can list them when room is left). */
    private List<Entity> order(ContextRequest request, Map<Entity, Double> ranked) {
        List<Entity> first = new ArrayList<>();
        if (request.level() instanceof DigestLevel.FullEntity f) first.add(f.entity());
        for (Entity e : ranked.keySet()) if (first.isEmpty() || !e.equals(first.get(0))) first.add(e);
        return new RankedThenRest(first, world);
    }

    /** Entities that may be shown in full: the requested one, the query's matches and the selection. */
    private Map<Entity, Double> detailTargets(ContextRequest request, Map<Entity, Double> seeds) {
        Map<Entity, Double> out = new HashMap<>();
        if (request.level() instanceof DigestLevel.FullEntity f) out.put(f.entity(), 1.0);
        if (request.level() instanceof DigestLevel.EntityDetail
                && !request.query().isBlank()) {
            seeds.forEach((e, w) -> {
                if (w >= QUERY / QUERY_HITS) out.put(e, w);
            });
        }
        request.selection().forEach(e -> out.put(e, 1.0));
        return out;
    }

    private WorldSummary summary(Bounds b) {
        Map<String, Integer> components = new TreeMap<>();
        for (ComponentType<?> t : world.components().all()) {
            int n = world.query(t.type()).count();
            if (n > 0) components.put(t.name(), n);
        }
        Map<String, Integer> tags = facts.tags();
        String extent = String.format(
                java.util.Locale.ROOT,
                "Extent: x %.1f..%.1f m, z %.1f..%.1f m (north is -z, east is +x)",
                b.minX(),
                b.maxX(),
                b.minZ(),
                b.maxZ());
        return new WorldSummary(world.entityCount(), components, tags, world.entityCount() == 0 ? "" : extent);
    }

    // ---- the rest of the engine's surface ----

    public ComponentSchema getSchema(String component, SchemaLevel level) {
        return schemas.schema(component, level);
    }

    public List<SearchHit> semanticSearch(String description, int topK) {
        return index.search(description, topK);
    }

    /** Checkpoints the world: {@link #changesSince} that version reports later changes with field differences. */
    public WorldVersion mark() {
        return tracker.mark();
    }

    public ChangeSet changesSince(WorldVersion version) {
        return tracker.changesSince(version);
    }
}
