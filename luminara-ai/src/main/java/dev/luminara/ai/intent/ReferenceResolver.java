package dev.luminara.ai.intent;

import dev.luminara.ai.search.SearchHit;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.ai.spatial.Positions;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.Labels;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.schema.Suggest;
import dev.luminara.core.spatial.SpatialHit;
import dev.luminara.core.spatial.SpatialIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Resolves {@link EntityReference}s against the current world. {@link #one} needs exactly one clear answer;
 * {@link #all} accepts every match (an intent that modifies "all enemies").
 */
final class ReferenceResolver {
    /** A semantic top hit must beat the runner-up by this factor to count as "the" entity. */
    static final float CLEAR_WINNER = 1.25f;
    /** In "all" mode, semantic hits within this fraction of the top score are kept. */
    static final float ALL_FRACTION = 0.5f;

    private static final int LISTED = 5;
    private static final float TIE = 1e-4f;

    private final World world;
    private final SpatialIndex spatial;
    private final SemanticIndex index;

    ReferenceResolver(World world, SpatialIndex spatial, SemanticIndex index) {
        this.world = world;
        this.spatial = spatial;
        this.index = index;
    }

    Entity one(EntityReference ref) {
        if (ref instanceof EntityReference.ById i) {
            if (!world.isAlive(i.id())) {
                throw notFound(ref, "entity " + i.id() + " is not alive", List.of());
            }
            return i.id();
        } else if (ref instanceof EntityReference.Nearest n) {
            return nearest(n);
        } else if (ref instanceof EntityReference.Semantic s) {
            List<SearchHit> hits = index.search(s.description(), LISTED);
            if (hits.isEmpty()) throw notFound(ref, "nothing matches the description", List.of());
            if (hits.size() > 1
                    && hits.get(0).score() < CLEAR_WINNER * hits.get(1).score()) {
                throw new UnresolvedReferenceException(
                        ReferenceText.of(ref),
                        UnresolvedReferenceException.Reason.AMBIGUOUS,
                        "no match is clearly best",
                        candidates(hits));
            }
            return hits.get(0).entity();
        }
        List<Entity> all = all(ref);
        if (all.size() > 1) {
            List<Candidate> list = new ArrayList<>();
            for (Entity e : all.subList(0, Math.min(LISTED * 2, all.size()))) list.add(candidate(e, 1f));
            throw new UnresolvedReferenceException(
                    ReferenceText.of(ref),
                    UnresolvedReferenceException.Reason.AMBIGUOUS,
                    all.size() + " entities match",
                    list);
        }
        return all.get(0);
    }

    /** Every entity the reference matches, in entity order (semantic: best first); never empty. */
    List<Entity> all(EntityReference ref) {
        List<Entity> out;
        if (ref instanceof EntityReference.ByName n) {
            out = Labels.named(world, n.name());
            if (out.isEmpty()) throw notFound(ref, "", similarNames(n.name()));
        } else if (ref instanceof EntityReference.ById || ref instanceof EntityReference.Nearest) {
            out = List.of(one(ref));
        } else if (ref instanceof EntityReference.ByTag t) {
            out = Labels.tagged(world, t.tag());
            if (out.isEmpty())
                throw notFound(ref, "no entity has tag '" + t.tag() + "'" + similarTags(t.tag()), List.of());
        } else if (ref instanceof EntityReference.ByComponent c) {
            ComponentType<?> type = world.components().byName(c.component());
            out = world.query(type.type()).entities();
            if (out.isEmpty()) throw notFound(ref, "no entity has a " + c.component(), List.of());
        } else if (ref instanceof EntityReference.Semantic s) {
            List<SearchHit> hits = index.search(s.description(), 1000);
            if (hits.isEmpty()) throw notFound(ref, "nothing matches the description", List.of());
            float floor = hits.get(0).score() * ALL_FRACTION;
            out = hits.stream()
                    .filter(h -> h.score() >= floor)
                    .map(SearchHit::entity)
                    .toList();
        } else {
            throw new IllegalStateException(
                    "unhandled reference " + ref.getClass().getSimpleName());
        }
        return out;
    }

    private Entity nearest(EntityReference.Nearest n) {
        Entity anchor = one(n.to());
        Vec3 at = Positions.of(world, anchor)
                .orElseThrow(() -> notFound(n, "the anchor " + anchor + " has no Transform", List.of()));
        Predicate<Entity> filter = e -> !e.equals(anchor);
        if (n.withTag() != null) {
            filter = filter.and(
                    e -> world.find(e, Tags.class).map(t -> t.has(n.withTag())).orElse(false));
        }
        if (n.withComponent() != null) {
            Class<? extends Record> type =
                    world.components().byName(n.withComponent()).type();
            filter = filter.and(e -> world.has(e, type));
        }
        spatial.refresh(world);
        List<SpatialHit> hits = spatial.nearest(at, 2, filter);
        if (hits.isEmpty()) {
            throw notFound(
                    n,
                    "no " + (n.withTag() == null ? "entity" : "entity tagged '" + n.withTag() + "'")
                            + " with a Transform besides the anchor",
                    List.of());
        }
        if (hits.size() == 2 && hits.get(1).distance() - hits.get(0).distance() <= TIE) {
            throw new UnresolvedReferenceException(
                    ReferenceText.of(n),
                    UnresolvedReferenceException.Reason.AMBIGUOUS,
                    "two entities are equally near (" + hits.get(0).distance() + " m)",
                    hits.stream()
                            .map(h -> candidate(h.entity(), 1f / (1f + h.distance())))
                            .toList());
        }
        return hits.get(0).entity();
    }

    private List<Candidate> candidates(List<SearchHit> hits) {
        return hits.stream()
                .map(h -> new Candidate(h.entity(), h.name(), h.score()))
                .toList();
    }

    private Candidate candidate(Entity e, float score) {
        return new Candidate(e, world.find(e, Name.class).map(Name::value).orElse(null), score);
    }

    private List<Candidate> similarNames(String name) {
        Set<String> names = new TreeSet<>();
        world.query(Name.class).forEach(Name.class, (e, n) -> names.add(n.value()));
        List<Candidate> out = new ArrayList<>();
        for (String close : Suggest.closest(name, names)) {
            EntityReference.ByName ref = new EntityReference.ByName(close);
            Entity e = all(ref).get(0);
            float score = 1f
                    - (float) Suggest.distance(name.toLowerCase(), close.toLowerCase())
                            / Math.max(name.length(), close.length());
            out.add(new Candidate(e, close, score));
        }
        return out;
    }

    private String similarTags(String tag) {
        Set<String> tags = new TreeSet<>();
        world.query(Tags.class).forEach(Tags.class, (e, t) -> tags.addAll(t.values()));
        return Suggest.didYouMean(tag, tags);
    }

    private static UnresolvedReferenceException notFound(EntityReference ref, String detail, List<Candidate> close) {
        return new UnresolvedReferenceException(
                ReferenceText.of(ref), UnresolvedReferenceException.Reason.NOT_FOUND, detail, close);
    }
}
