package dev.luminara.ai.context;

import dev.luminara.core.Entity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Personalised PageRank by local push (Andersen, Chung and Lang): relevance starts at the seeds and spreads over
 * {@link EntityGraph} edges, each entity keeping a share {@code ALPHA} of what reaches it. Only entities near the
 * seeds are visited, so the cost depends on the tolerance, not on the size of the world.
 */
final class EntityRanker {
    static final double ALPHA = 0.35;
    static final double EPSILON = 1e-4;
    static final int MAX_PUSHES = 20_000;

    private final EntityGraph graph;

    EntityRanker(EntityGraph graph) {
        this.graph = graph;
    }

    /** Entities by relevance, highest first (ties by id), with their scores; seeds are weights, not normalised. */
    LinkedHashMap<Entity, Double> rank(Map<Entity, Double> seeds) {
        double total = seeds.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Entity, Double> p = new HashMap<>();
        Map<Entity, Double> r = new HashMap<>();
        Map<Entity, Map<Entity, Double>> edges = new HashMap<>();
        ArrayDeque<Entity> queue = new ArrayDeque<>();
        Set<Entity> queued = new HashSet<>();
        if (total > 0) {
            seeds.forEach((e, w) -> r.merge(e, w / total, Double::sum));
            List<Entity> start = new ArrayList<>(r.keySet());
            start.sort(null);
            for (Entity e : start) {
                queue.add(e);
                queued.add(e);
            }
        }
        int pushes = 0;
        while (!queue.isEmpty() && pushes < MAX_PUSHES) {
            Entity u = queue.poll();
            queued.remove(u);
            double ru = r.getOrDefault(u, 0.0);
            Map<Entity, Double> out = edges.computeIfAbsent(u, graph::neighbours);
            if (ru < EPSILON * Math.max(1, out.size())) continue;
            pushes++;
            p.merge(u, ALPHA * ru, Double::sum);
            r.put(u, 0.0);
            double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum <= 0) {
                p.merge(u, (1 - ALPHA) * ru, Double::sum); // a dangling entity keeps what it cannot pass on
                continue;
            }
            for (Map.Entry<Entity, Double> edge : out.entrySet()) {
                Entity v = edge.getKey();
                double rv = r.merge(v, (1 - ALPHA) * ru * edge.getValue() / sum, Double::sum);
                if (!queued.contains(v) && rv >= EPSILON * Math.max(1, edgesOf(edges, v))) {
                    queue.add(v);
                    queued.add(v);
                }
            }
        }
        // what is still in flight counts a little, so that an entity reached but never pushed ranks above none
        r.forEach((e, rest) -> p.merge(e, ALPHA * rest, Double::sum));
        List<Map.Entry<Entity, Double>> entries = new ArrayList<>(p.entrySet());
        entries.removeIf(en -> en.getValue() <= 0);
        entries.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        LinkedHashMap<Entity, Double> ranked = new LinkedHashMap<>();
        for (Map.Entry<Entity, Double> en : entries) ranked.put(en.getKey(), en.getValue());
        return ranked;
    }

    private static int edgesOf(Map<Entity, Map<Entity, Double>> edges, Entity v) {
        Map<Entity, Double> known = edges.get(v);
        return known == null ? 1 : known.size();
    }
}
