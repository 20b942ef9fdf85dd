package dev.luminara.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.ChangeKind;
import dev.luminara.core.Changes;
import dev.luminara.core.ComponentChange;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.verify.ComponentDiff;
import dev.luminara.verify.DiffPreview;
import dev.luminara.verify.EntityDiff;
import dev.luminara.verify.FieldDiff;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 3: the fork after the run against the live world, from the fork's change ticks (so the cost follows what
 * changed, not the world's size). The live world is only read, and only through component types it has registered.
 * The script host's own bookkeeping ({@code ScriptStatus}) and the scripts the sandbox paused are left out.
 */
public final class DiffBuilder {
    private static final String STATUS = "ScriptStatus";
    private static final String SCRIPT = "Script";

    private DiffBuilder() {}

    public static DiffPreview diff(World live, SandboxRunner.Run run, List<Entity> targets, String path, int frames) {
        World fork = run.fork;
        Changes changes = fork.changesSince(run.mark);
        Set<Entity> ignored = new TreeSet<>(run.paused);
        if (run.probe != null) ignored.add(run.probe);
        List<EntityDiff> created = new ArrayList<>(), destroyed = new ArrayList<>(), modified = new ArrayList<>();
        int createdCount = 0, destroyedCount = 0, modifiedCount = 0;
        Set<Entity> whole = new TreeSet<>();
        for (Entity e : new TreeSet<>(changes.spawned())) {
            if (!fork.isAlive(e) || live.isAlive(e) || ignored.contains(e)) continue;
            whole.add(e);
            if (++createdCount <= DiffPreview.MAX_LISTED) created.add(whole(fork, e, ChangeKind.ADDED));
        }
        for (Entity e : new TreeSet<>(changes.despawned())) {
            if (fork.isAlive(e) || !live.isAlive(e)) continue;
            whole.add(e);
            if (++destroyedCount <= DiffPreview.MAX_LISTED) destroyed.add(whole(live, e, ChangeKind.REMOVED));
        }
        Map<Entity, Set<String>> touched = new TreeMap<>();
        for (ComponentChange c : changes.components()) {
            if (whole.contains(c.entity())
                    || ignored.contains(c.entity())
                    || c.component().equals(STATUS)) continue;
            if (c.component().equals(SCRIPT) && !targets.contains(c.entity())) continue;
            touched.computeIfAbsent(c.entity(), k -> new TreeSet<>()).add(c.component());
        }
        List<String> modifiedNames = new ArrayList<>();
        for (Map.Entry<Entity, Set<String>> t : touched.entrySet()) {
            Entity e = t.getKey();
            if (!fork.isAlive(e) || !live.isAlive(e)) continue;
            List<ComponentDiff> comps = new ArrayList<>();
            for (String name : t.getValue()) {
                JsonNode before = value(live, e, name).orElse(null);
                JsonNode after = value(fork, e, name).orElse(null);
                if (before == null && after == null || before != null && before.equals(after)) continue;
                if (before == null) comps.add(new ComponentDiff(name, ChangeKind.ADDED, fields(null, after)));
                else if (after == null) comps.add(new ComponentDiff(name, ChangeKind.REMOVED, fields(before, null)));
                else comps.add(new ComponentDiff(name, ChangeKind.CHANGED, fields(before, after)));
            }
            if (comps.isEmpty()) continue;
            String entityName = name(live, e);
            if (++modifiedCount <= DiffPreview.MAX_LISTED) modified.add(new EntityDiff(e, entityName, comps));
            if (modifiedNames.size() < 3) modifiedNames.add(label(entityName, e) + ": " + fieldList(comps));
        }
        String summary = summary(
                path, targets, frames, createdCount, modifiedCount, destroyedCount, created, destroyed, modifiedNames);
        return new DiffPreview(created, modified, destroyed, createdCount, modifiedCount, destroyedCount, summary);
    }

    private static EntityDiff whole(World w, Entity e, ChangeKind kind) {
        List<ComponentDiff> comps = new ArrayList<>();
        for (Record r : w.components(e)) {
            ObjectNode json = ComponentJson.toJson(r);
            String name = w.components().of(r.getClass()).name();
            if (name.equals(STATUS)) continue;
            comps.add(
                    new ComponentDiff(name, kind, kind == ChangeKind.ADDED ? fields(null, json) : fields(json, null)));
        }
        return new EntityDiff(e, name(w, e), comps);
    }

    private static Optional<JsonNode> value(World w, Entity e, String component) {
        if (!w.components().has(component)) return Optional.empty();
        Class<? extends Record> type = w.components().byName(component).type();
        return w.find(e, type).map(ComponentJson::toJson);
    }

    private static String name(World w, Entity e) {
        if (!w.components().has("Name")) return null;
        return w.find(e, Name.class).map(Name::value).orElse(null);
    }

    /** Field-level differences; objects are walked, arrays and scalars compared whole. */
    static List<FieldDiff> fields(JsonNode before, JsonNode after) {
        List<FieldDiff> out = new ArrayList<>();
        walk("", before, after, out);
        return out;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<FieldDiff> out) {
        boolean objects = (before == null || before.isObject())
                && (after == null || after.isObject())
                && (before != null || after != null);
        if (!objects) {
            if (before == null ? after != null : !before.equals(after)) out.add(new FieldDiff(path, before, after));
            return;
        }
        Set<String> keys = new TreeSet<>();
        if (before != null) before.fieldNames().forEachRemaining(keys::add);
        if (after != null) after.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            walk(
                    path.isEmpty() ? k : path + "." + k,
                    before == null ? null : before.get(k),
                    after == null ? null : after.get(k),
                    out);
        }
    }

    private static String fieldList(List<ComponentDiff> comps) {
        List<String> parts = new ArrayList<>();
        for (ComponentDiff c : comps) {
            if (c.kind() != ChangeKind.CHANGED) {
                parts.add(c.component() + (c.kind() == ChangeKind.ADDED ? " added" : " removed"));
                continue;
            }
            Iterator<FieldDiff> it = c.fields().iterator();
            List<String> f = new ArrayList<>();
            while (it.hasNext() && f.size() < 3)
                f.add(c.component() + "." + it.next().path());
            parts.add(String.join(", ", f));
        }
        return String.join(", ", parts);
    }

    private static String label(String name, Entity e) {
        return name == null ? e.toString() : name + " " + e;
    }

    private static String summary(
            String path,
            List<Entity> targets,
            int frames,
            int created,
            int modified,
            int destroyed,
            List<EntityDiff> createdList,
            List<EntityDiff> destroyedList,
            List<String> modifiedNames) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                targets.isEmpty()
                        ? "Runs " + path + " on a probe entity (attached to nothing)"
                        : "Attaches " + path + " to " + targets.size() + " entit"
                                + (targets.size() == 1 ? "y" : "ies"));
        sb.append("; over ")
                .append(frames)
                .append(" frame")
                .append(frames == 1 ? "" : "s")
                .append(" it would ");
        if (created + modified + destroyed == 0)
            return sb.append("change nothing else").toString();
        List<String> parts = new ArrayList<>();
        if (created > 0) parts.add("create " + created + " entit" + (created == 1 ? "y" : "ies") + names(createdList));
        if (modified > 0) {
            parts.add("modify " + modified + " (" + String.join("; ", modifiedNames) + (modified > 3 ? "; ..." : "")
                    + ")");
        }
        if (destroyed > 0) {
            parts.add("destroy " + destroyed + " entit" + (destroyed == 1 ? "y" : "ies") + names(destroyedList));
        }
        return sb.append(String.join(", ", parts)).toString();
    }

    private static String names(List<EntityDiff> list) {
        List<String> n = new ArrayList<>();
        for (EntityDiff d : list) {
            if (n.size() == 3) break;
            n.add(label(d.name(), d.entity()));
        }
        return n.isEmpty() ? "" : " (" + String.join(", ", n) + (list.size() > 3 ? ", ..." : "") + ")";
    }
}
