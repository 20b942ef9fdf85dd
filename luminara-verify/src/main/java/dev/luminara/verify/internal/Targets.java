package dev.luminara.verify.internal;

import dev.luminara.ai.command.ScriptStore;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.intent.IntentResolver;
import dev.luminara.ai.intent.UnresolvedReferenceException;
import dev.luminara.ai.search.SemanticIndex;
import dev.luminara.core.CoreException;
import dev.luminara.core.Entity;
import dev.luminara.core.Labels;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.spatial.SpatialIndex;
import dev.luminara.verify.UnresolvedTargetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves a submission's targets with the AI layer's resolver; the spatial and search indexes only when needed. */
public final class Targets {
    private Targets() {}

    public static List<Entity> resolve(World world, List<EntityReference> refs) {
        if (refs.isEmpty()) return List.of();
        List<Entity> fast = direct(world, refs);
        if (fast != null) return fast;
        for (EntityReference ref : refs) {
            if (ref instanceof EntityReference.ByName n
                    && Labels.named(world, n.name()).isEmpty()) {
                throw new UnresolvedTargetException(noSuchName(world, n.name()), null);
            }
        }
        boolean nearest = refs.stream().anyMatch(Targets::needsSpatial);
        boolean semantic = refs.stream().anyMatch(Targets::needsSearch);
        SpatialIndex spatial = nearest || semantic ? SpatialIndex.of(world) : null;
        SemanticIndex index = semantic ? new SemanticIndex(world, spatial) : null;
        try {
            IntentResolver resolver = new IntentResolver(world, spatial, index, ScriptStore.none());
            Set<Entity> out = new LinkedHashSet<>();
            for (EntityReference ref : refs) {
                try {
                    out.addAll(resolver.resolveAll(ref));
                } catch (UnresolvedReferenceException e) {
                    throw new UnresolvedTargetException("cannot attach the script: " + e.getMessage(), e);
                } catch (CoreException e) {
                    throw new UnresolvedTargetException(
                            "cannot attach the script to " + ref + ": " + e.getMessage(), e);
                }
            }
            return new ArrayList<>(out);
        } finally {
            if (index != null) index.close();
        }
    }

    /**
     * Ids and names without the resolver's lists and record reads (one pass over the Name column); null when a
     * reference needs the resolver, or matches nothing (its error message has the suggestions).
     */
    private static List<Entity> direct(World world, List<EntityReference> refs) {
        Set<Entity> out = new LinkedHashSet<>();
        for (EntityReference ref : refs) {
            if (ref instanceof EntityReference.ById id && world.isAlive(id.id())) {
                out.add(id.id());
            } else if (ref instanceof EntityReference.ByName n) {
                List<Entity> found = Labels.named(world, n.name());
                if (found.isEmpty()) return null;
                out.addAll(found);
            } else {
                return null;
            }
        }
        return new ArrayList<>(out);
    }

    /** {@code no entity is named "plyer"; did you mean "player"?}, else the names there are (the first 12). */
    static String noSuchName(World world, String name) {
        Set<String> names = new java.util.TreeSet<>();
        for (Entity e : world.query(Name.class).entities())
            names.add(world.get(e, Name.class).value());
        List<String> close = Names.closest(name, names);
        String head = "cannot attach the script: no entity is named \"" + name + "\"";
        if (!close.isEmpty()) return head + "; did you mean \"" + close.get(0) + "\"?";
        if (names.isEmpty()) return head + " (no entity has a Name)";
        List<String> some = names.stream().limit(12).toList();
        return head + "; names: " + String.join(", ", some) + (names.size() > some.size() ? ", ..." : "");
    }

    private static boolean needsSpatial(EntityReference r) {
        return r instanceof EntityReference.Nearest;
    }

    private static boolean needsSearch(EntityReference r) {
        if (r instanceof EntityReference.Semantic) return true;
        return r instanceof EntityReference.Nearest n && needsSearch(n.to());
    }
}
