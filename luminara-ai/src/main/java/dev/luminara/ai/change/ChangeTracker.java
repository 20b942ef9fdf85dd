package dev.luminara.ai.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.ai.command.JsonDiff;
import dev.luminara.core.ChangeKind;
import dev.luminara.core.Changes;
import dev.luminara.core.ComponentChange;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Name;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers "what changed since version V" with field-level differences. {@link #mark()} checkpoints the world and
 * keeps a snapshot as the baseline for that version (the last few are kept); which entities and components changed
 * comes from the world's own change ticks, and the baseline supplies the old values. Worlds above {@code
 * maxBaselineEntities} keep no baseline, so their change sets say which components changed but not how.
 */
public final class ChangeTracker {
    /** Worlds larger than this get no baseline snapshot per mark (it would copy every column each time). */
    public static final int DEFAULT_MAX_BASELINE_ENTITIES = 20_000;

    private final World world;
    private final int baselines;
    private final int maxBaselineEntities;
    private final Deque<Baseline> kept = new ArrayDeque<>();
    private WorldVersion latest;

    /** @param baselines how many marked versions keep a snapshot for field-level differences (0 for none) */
    public ChangeTracker(World world, int baselines) {
        this(world, baselines, DEFAULT_MAX_BASELINE_ENTITIES);
    }

    /**
     * @param maxBaselineEntities above this many entities a mark keeps no snapshot: changes since it are then
     *     reported per component, without field differences ({@link ChangeSet#fieldLevel()} false)
     */
    public ChangeTracker(World world, int baselines, int maxBaselineEntities) {
        this.world = world;
        this.baselines = baselines;
        this.maxBaselineEntities = maxBaselineEntities;
    }

    /** Checkpoints the world: later changes are "since" the returned version. */
    public WorldVersion mark() {
        WorldVersion v = new WorldVersion(world.checkpoint());
        if (baselines > 0) {
            boolean small = world.entityCount() <= maxBaselineEntities;
            kept.addLast(new Baseline(v, small ? world.snapshot() : null));
            while (kept.size() > baselines) kept.removeFirst();
        }
        latest = v;
        return v;
    }

    /** The newest marked version, or empty before the first {@link #mark()}. */
    public Optional<WorldVersion> latest() {
        return Optional.ofNullable(latest);
    }

    public ChangeSet changesSince(WorldVersion since) {
        Changes changes = world.changesSince(since.tick());
        WorldSnapshot base = baseline(since);
        Map<Entity, Map<String, ChangeKind>> touched = new TreeMap<>();
        changes.spawned().forEach(e -> touched.computeIfAbsent(e, k -> new TreeMap<>()));
        changes.despawned().forEach(e -> touched.computeIfAbsent(e, k -> new TreeMap<>()));
        for (ComponentChange c : changes.components()) {
            touched.computeIfAbsent(c.entity(), k -> new TreeMap<>()).put(c.component(), c.kind());
        }
        List<EntityChange> out = new ArrayList<>();
        for (Map.Entry<Entity, Map<String, ChangeKind>> entry : touched.entrySet()) {
            Entity e = entry.getKey();
            boolean alive = world.isAlive(e);
            boolean before =
                    base != null ? base.contains(e) : !changes.spawned().contains(e);
            String name = nameOf(e, base);
            if (!alive) {
                if (before) out.add(new EntityChange(e, name, EntityChange.Kind.DESPAWNED, List.of()));
            } else if (!before) {
                List<ComponentDelta> added = new ArrayList<>();
                for (Record r : world.components(e)) {
                    added.add(new ComponentDelta(ComponentValues.nameOf(r), ChangeKind.ADDED, List.of()));
                }
                out.add(new EntityChange(e, name, EntityChange.Kind.SPAWNED, added));
            } else {
                List<ComponentDelta> deltas = deltas(e, entry.getValue(), base);
                if (!deltas.isEmpty()) out.add(new EntityChange(e, name, EntityChange.Kind.CHANGED, deltas));
            }
        }
        return new ChangeSet(since, new WorldVersion(world.tick()), changes.complete(), base != null, out);
    }

    /** Component differences of a live entity that existed at the baseline (or, without one, what the ticks say). */
    private List<ComponentDelta> deltas(Entity e, Map<String, ChangeKind> components, WorldSnapshot base) {
        List<ComponentDelta> deltas = new ArrayList<>();
        for (Map.Entry<String, ChangeKind> c : components.entrySet()) {
            ComponentType<?> type = world.components().byName(c.getKey());
            if (base == null) {
                deltas.add(new ComponentDelta(c.getKey(), c.getValue(), List.of()));
                continue;
            }
            JsonNode before = old(base, e, type);
            JsonNode after = world.find(e, type.type())
                    .map(r -> (JsonNode) ComponentValues.toJson(r))
                    .orElse(null);
            if (before == null && after == null) continue; // added and removed within the window
            ChangeKind kind =
                    before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            List<FieldChange> fields = new ArrayList<>();
            if (kind == ChangeKind.CHANGED) {
                JsonDiff.leaves(before, after)
                        .forEach((path, pair) -> fields.add(new FieldChange(path, pair[0], pair[1])));
            }
            if (kind == ChangeKind.CHANGED && fields.isEmpty()) continue; // written back unchanged
            deltas.add(new ComponentDelta(c.getKey(), kind, fields));
        }
        return deltas;
    }

    private static ObjectNode old(WorldSnapshot base, Entity e, ComponentType<?> type) {
        return base.get(e, type.type()).map(r -> ComponentValues.toJson(r)).orElse(null);
    }

    private String nameOf(Entity e, WorldSnapshot base) {
        if (world.isAlive(e)) {
            return world.find(e, Name.class).map(Name::value).orElse(null);
        }
        return base == null ? null : base.get(e, Name.class).map(Name::value).orElse(null);
    }

    private WorldSnapshot baseline(WorldVersion v) {
        for (Iterator<Baseline> it = kept.descendingIterator(); it.hasNext(); ) {
            Baseline b = it.next();
            if (b.version.equals(v)) return b.snapshot;
        }
        return null;
    }

    private record Baseline(WorldVersion version, WorldSnapshot snapshot) {}
}
