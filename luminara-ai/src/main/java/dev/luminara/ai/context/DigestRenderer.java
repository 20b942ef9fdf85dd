package dev.luminara.ai.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.change.ChangeSet;
import dev.luminara.ai.change.ComponentDelta;
import dev.luminara.ai.change.EntityChange;
import dev.luminara.ai.change.FieldChange;
import dev.luminara.ai.command.CommandText;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.core.schema.ComponentSchema;
import dev.luminara.core.schema.FieldSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text forms of a digest's parts: compact, line-oriented, stable (the same world gives the same text). */
final class DigestRenderer {
    private static final int SHORT_LIST = 6;
    private static final int FIELD_CHANGES_SHOWN = 3;

    private DigestRenderer() {}

    /** The summary from richest to smallest; the smallest is one line. */
    static List<String> summaryVariants(WorldSummary s) {
        String head = "# World: " + s.entityCount() + " entities";
        String components = counts(s.componentTypes(), Integer.MAX_VALUE);
        String tags = counts(s.tags(), Integer.MAX_VALUE);
        List<String> out = new ArrayList<>();
        out.add(head
                + (components.isEmpty() ? "" : "\nComponents: " + components)
                + (tags.isEmpty() ? "" : "\nTags: " + tags)
                + (s.description().isEmpty() ? "" : "\n" + s.description()));
        out.add(head
                + (components.isEmpty() ? "" : "\nComponents: " + counts(s.componentTypes(), SHORT_LIST))
                + (tags.isEmpty() ? "" : "\nTags: " + counts(s.tags(), SHORT_LIST)));
        out.add(head);
        return out;
    }

    /** {@code "MeshShape 15, Name 20"}: most frequent first, then by name, at most {@code limit} and a count of the rest. */
    private static String counts(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> {
            int c = Integer.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        String shown = entries.stream()
                .limit(limit)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return entries.size() > limit ? shown + " (+" + (entries.size() - limit) + " more)" : shown;
    }

    static String entitiesHeader(int shown, int total) {
        return "## Entities (" + shown + " of " + total + ", most relevant first)";
    }

    /** One entity: the catalog line, then a line per shown component value. */
    static String entity(EntityDigest d) {
        StringBuilder sb = new StringBuilder("- ").append(d.entity());
        if (d.name() != null) sb.append(' ').append(d.name());
        if (!d.tags().isEmpty())
            sb.append(" [").append(String.join(", ", d.tags())).append(']');
        if (d.position() != null) sb.append(' ').append(CommandText.vec(d.position()));
        if (d.where() != null) sb.append(' ').append(d.where());
        if (!d.components().isEmpty()) sb.append(": ").append(String.join(", ", d.components()));
        for (Map.Entry<String, JsonNode> v : d.values().entrySet()) {
            sb.append("\n  ").append(v.getKey()).append(' ').append(json(v.getValue()));
        }
        return sb.toString();
    }

    /** A schema on one line: {@code MeshShape: kind enum BOX|SPHERE = BOX; size vec3 ≥0 m = [1,1,1]; …} */
    static String schema(ComponentSchema s) {
        List<String> fields = new ArrayList<>();
        for (FieldSchema f : s.fields()) fields.add(field(f));
        return s.name() + ": " + String.join("; ", fields);
    }

    private static String field(FieldSchema f) {
        StringBuilder sb = new StringBuilder(f.name()).append(' ').append(f.typeName());
        var c = f.constraints();
        if (!c.allowed().isEmpty()) sb.append(' ').append(String.join("|", c.allowed()));
        if (c.min() != null || c.max() != null) {
            sb.append(' ')
                    .append(c.min() == null ? "" : num(c.min()))
                    .append("..")
                    .append(c.max() == null ? "" : num(c.max()));
        }
        if (!c.unit().isEmpty()) sb.append(' ').append(c.unit());
        if (f.defaultValue() != null) sb.append(" = ").append(json(f.defaultValue()));
        if (!f.fields().isEmpty()) {
            sb.append(" {")
                    .append(f.fields().stream().map(DigestRenderer::field).collect(Collectors.joining("; ")))
                    .append('}');
        }
        return sb.toString();
    }

    static String changesHeader(ChangeSet c) {
        return "## Recent changes (" + c.entities().size() + " entities since tick "
                + c.since().tick() + (c.complete() ? "" : "; history incomplete") + ")";
    }

    static List<String> changeLines(ChangeSet c) {
        List<String> out = new ArrayList<>();
        for (EntityChange e : c.entities()) {
            String who = e.entity() + (e.name() == null ? "" : " " + e.name());
            switch (e.kind()) {
                case SPAWNED -> out.add("+ " + who + " spawned");
                case DESPAWNED -> out.add("- " + who + " despawned");
                default -> {
                    List<String> parts = new ArrayList<>();
                    for (ComponentDelta d : e.components()) parts.add(delta(d));
                    out.add("~ " + who + ": " + String.join("; ", parts));
                }
            }
        }
        return out;
    }

    private static String delta(ComponentDelta d) {
        switch (d.kind()) {
            case ADDED:
                return "+" + d.component();
            case REMOVED:
                return "-" + d.component();
            default:
                if (d.fields().isEmpty()) return d.component() + " changed";
                List<String> fs = new ArrayList<>();
                for (FieldChange f : d.fields()
                        .subList(0, Math.min(FIELD_CHANGES_SHOWN, d.fields().size()))) {
                    fs.add(d.component() + "." + f.path() + " " + json(f.before()) + " → " + json(f.after()));
                }
                if (d.fields().size() > FIELD_CHANGES_SHOWN) fs.add("…");
                return String.join(", ", fs);
        }
    }

    static String performance(PerformanceContext p) {
        if (!p.measured()) {
            return "## Performance\ntarget " + num(p.targetFps()) + " fps; " + p.note();
        }
        String heavy = p.heaviestSystems().isEmpty() ? "" : "; heaviest: " + String.join(", ", p.heaviestSystems());
        return "## Performance\ntarget " + num(p.targetFps()) + " fps; "
                + String.format(Locale.ROOT, "%.2f", p.frameMillis()) + " ms/frame (median); " + p.entityCount()
                + " entities" + heavy + "; " + p.note();
    }

    static String json(JsonNode node) {
        if (node == null) return "null";
        try {
            return AiJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
