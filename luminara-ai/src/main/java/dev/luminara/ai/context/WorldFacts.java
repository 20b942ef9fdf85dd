package dev.luminara.ai.context;

import dev.luminara.ai.change.ChangeSet;
import dev.luminara.ai.change.ComponentDelta;
import dev.luminara.ai.change.EntityChange;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts a digest needs that take a pass over every tagged entity (tag counts, who the player is), kept from one
 * digest to the next unless what changed in between could change them: an entity spawned or despawned, a Name or
 * Tags written, or history lost.
 */
final class WorldFacts {
    private final World world;
    private Map<String, Integer> tags;
    private List<Entity> players;

    WorldFacts(World world) {
        this.world = world;
    }

    /** Drops the facts unless {@code sinceLast} (the changes since they were computed) shows nothing relevant. */
    void update(ChangeSet sinceLast) {
        if (tags == null) return;
        if (sinceLast == null || !sinceLast.complete() || relevant(sinceLast)) {
            tags = null;
            players = null;
        }
    }

    private static boolean relevant(ChangeSet changes) {
        for (EntityChange e : changes.entities()) {
            if (e.kind() != EntityChange.Kind.CHANGED) return true;
            for (ComponentDelta d : e.components()) {
                if (d.component().equals("Tags") || d.component().equals("Name")) return true;
            }
        }
        return false;
    }

    Map<String, Integer> tags() {
        compute();
        return tags;
    }

    /** Entities tagged {@code player}, or else named "player". */
    List<Entity> players() {
        compute();
        return players;
    }

    private void compute() {
        if (tags != null) return;
        Map<String, Integer> counts = new TreeMap<>();
        List<Entity> tagged = new ArrayList<>();
        world.query(Tags.class).forEach(Tags.class, (e, t) -> {
            for (String v : t.values()) counts.merge(v, 1, Integer::sum);
            if (t.has("player")) tagged.add(e);
        });
        if (tagged.isEmpty()) {
            world.query(Name.class).forEach(Name.class, (e, n) -> {
                if (n.value().equalsIgnoreCase("player")) tagged.add(e);
            });
        }
        tags = counts;
        players = tagged;
    }
}
