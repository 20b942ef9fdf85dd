package dev.luminara.ai.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Differences between two component values at field level. Objects are walked; anything else (numbers, strings,
 * vectors, lists) is a leaf compared whole, so {@code position} changes as one field.
 */
public final class JsonDiff {
    private JsonDiff() {}

    /**
     * Dotted path → {before, after} for every leaf that differs, in field order. A value that is not an object on
     * either side (a component added or removed as a whole) has no fields to compare: the result is empty.
     */
    public static Map<String, JsonNode[]> leaves(JsonNode before, JsonNode after) {
        Map<String, JsonNode[]> out = new LinkedHashMap<>();
        if (before instanceof ObjectNode && after instanceof ObjectNode) walk("", before, after, out);
        return out;
    }

    private static void walk(String prefix, JsonNode before, JsonNode after, Map<String, JsonNode[]> out) {
        if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
            TreeSet<String> seen = new TreeSet<>();
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) seen.add(it.next());
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) seen.add(it.next());
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                walk(prefix + name + ".", b.get(name), a.get(name), out);
                seen.remove(name);
            }
            for (String name : seen) walk(prefix + name + ".", null, a.get(name), out);
            return;
        }
        if (!same(before, after)) {
            out.put(prefix.substring(0, prefix.length() - 1), new JsonNode[] {before, after});
        }
    }

    /** Equality that ignores the numeric node type (a float 1.5 equals a double 1.5). */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        if (a.isNumber() && b.isNumber()) return a.doubleValue() == b.doubleValue();
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String n = it.next();
                if (!same(a.get(n), b.get(n))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    /** A merge patch that puts {@code path → value} pairs back, nesting dotted paths into objects. */
    public static ObjectNode patch(Map<String, JsonNode> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        values.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            node.set(parts[parts.length - 1], value == null ? JsonNodeFactory.instance.nullNode() : value);
        });
        return root;
    }
}
