package dev.luminara.ai.context;

import dev.luminara.core.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entities in relevance order, each rendered at a level only when the filler asks (a digest shows few of many). */
final class LazyEntities implements BudgetFiller.Entities {
    static final BudgetFiller.Entities NONE =
            new LazyEntities(List.of(), Map.of(), Map.of(), new DigestLevel.WorldSummary(), null);

    private final List<Entity> order;
    private final Map<Entity, Double> relevance;
    private final Map<Entity, Double> fullTargets;
    private final DigestLevel request;
    private final EntityDigests digests;
    private final Map<Long, EntityDigest> cache = new HashMap<>();
    private final Map<Long, String> text = new HashMap<>();

    LazyEntities(
            List<Entity> order,
            Map<Entity, Double> relevance,
            Map<Entity, Double> fullTargets,
            DigestLevel request,
            EntityDigests digests) {
        this.order = order;
        this.relevance = relevance;
        this.fullTargets = fullTargets;
        this.request = request;
        this.digests = digests;
    }

    @Override
    public int available() {
        return order.size();
    }

    @Override
    public int total() {
        return order.size();
    }

    @Override
    public int maxLevel(int i) {
        if (request instanceof DigestLevel.EntityCatalog || request instanceof DigestLevel.WorldSummary) {
            return BudgetFiller.CATALOG;
        }
        return fullTargets.containsKey(order.get(i)) ? BudgetFiller.FULL : BudgetFiller.DETAIL;
    }

    EntityDigest digest(int i, int level) {
        return cache.computeIfAbsent(
                key(i, level), k -> digests.of(order.get(i), level, relevance.getOrDefault(order.get(i), 0.0)));
    }

    @Override
    public String block(int i, int level) {
        return text.computeIfAbsent(key(i, level), k -> DigestRenderer.entity(digest(i, level)));
    }

    @Override
    public List<String> shownComponents(int i, int level) {
        if (level == BudgetFiller.CATALOG) return List.of();
        List<String> out = new java.util.ArrayList<>(EntityDigests.shown(digest(i, level)));
        out.removeAll(SELF_EXPLANATORY);
        return out;
    }

    /** Components whose values explain themselves: their schemas are not worth a digest's tokens. */
    private static final List<String> SELF_EXPLANATORY =
            List.of("Name", "Description", "Tags", "Parent", "Children", "GlobalTransform");

    private static long key(int i, int level) {
        return (long) i * 4 + level;
    }
}
