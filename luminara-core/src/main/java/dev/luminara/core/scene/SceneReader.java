package dev.luminara.core.scene;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.luminara.core.ComponentRegistry;
import dev.luminara.core.ComponentType;
import dev.luminara.core.Entity;
import dev.luminara.core.InvalidComponentException;
import dev.luminara.core.UnknownComponentException;
import dev.luminara.core.json.Json;
import dev.luminara.core.json.JsonLocator;
import dev.luminara.core.schema.ComponentJson;
import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads scene JSON into a validated {@link Scene}: the whole text is parsed and every entity and component converted
 * through its schema before anything touches a world. The first fault is thrown as a {@link SceneException} located
 * with {@link JsonLocator}; or, for validation, every fault in an entity or component is collected and reading goes
 * on past it (JSON that does not parse, or a malformed top level, is still one fault).
 */
final class SceneReader {
    private static final List<String> TOP_KEYS = List.of("format", "name", "entities");
    private static final List<String> ENTITY_KEYS = List.of("id", "components");
    private static final ObjectReader READER = Json.mapper()
            .reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .without(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Jackson's "[Source: ...; line: 1, column: 14]" inside messages, shortened to "line 1, column 14". */
    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    /** One entity as read: where it is in the file, how its id was written, and its components by name. */
    record Parsed(Entity id, String label, JsonPointer at, Map<String, Record> components) {}

    private final String text;
    private final String source;
    private final ComponentRegistry registry;
    /** When not null, faults in one entity or component are kept here and reading goes on past them. */
    private final List<SceneException> faults;

    SceneReader(String text, String source, ComponentRegistry registry) {
        this(text, source, registry, null);
    }

    SceneReader(String text, String source, ComponentRegistry registry, List<SceneException> faults) {
        this.text = text;
        this.source = source;
        this.registry = registry;
        this.faults = faults;
    }

    /** Throws the fault, or keeps it when collecting (the caller then skips what it was about). */
    private void fault(SceneException e) {
        if (faults == null) throw e;
        faults.add(e);
    }

    Scene read(String defaultName) {
        JsonNode root = parse();
        JsonPointer top = JsonPointer.empty();
        if (!root.isObject()) {
            throw fail(top, null, null, null, "a scene must be a JSON object, got " + kind(root));
        }
        checkKeys(root, top, TOP_KEYS, null);
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && format.asText().equals(Scene.FORMAT))) {
            throw fail(
                    top.appendProperty("format"),
                    null,
                    null,
                    null,
                    "unsupported format " + format + "; this version reads \"" + Scene.FORMAT + "\"");
        }
        JsonNode name = root.get("name");
        if (name != null && !name.isTextual()) {
            throw fail(top.appendProperty("name"), null, null, null, "the name must be a string, got " + kind(name));
        }
        JsonNode list = root.get("entities");
        JsonPointer listAt = top.appendProperty("entities");
        if (list != null && !list.isArray()) {
            throw fail(listAt, null, null, null, "\"entities\" must be an array, got " + kind(list));
        }
        Map<Entity, Parsed> byId = new TreeMap<>();
        Map<Integer, Parsed> byIndex = new HashMap<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            Parsed p;
            try {
                p = entity(list.get(i), listAt.appendIndex(i), i);
            } catch (SceneException e) {
                fault(e);
                continue;
            }
            Parsed clash = byIndex.get(p.id().index());
            if (clash != null) {
                int[] first = JsonLocator.locate(text, clash.at());
                String where = first == null ? "" : " (first at line " + first[0] + ")";
                String what = clash.id().equals(p.id())
                        ? "duplicate entity id " + p.id()
                        : "entity ids " + clash.id() + " and " + p.id() + " share slot " + p.id().index();
                fault(fail(p.at().appendProperty("id"), p.label(), null, null, what + where));
                continue;
            }
            byId.put(p.id(), p);
            byIndex.put(p.id().index(), p);
        }
        try {
            new SceneHierarchy(this, byId).check();
        } catch (SceneException e) {
            fault(e);
        }
        List<SceneEntity> entities = new ArrayList<>();
        for (Parsed p : byId.values()) {
            entities.add(new SceneEntity(p.id(), new ArrayList<>(p.components().values())));
        }
        return new Scene(name == null ? defaultName : name.asText(), entities);
    }

    private JsonNode parse() {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int col = loc == null ? -1 : loc.getColumnNr();
            String reason = SOURCE_REF.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
            throw new SceneException(source, line, col, null, null, null, "malformed JSON: " + reason);
        }
        if (root == null || root.isMissingNode()) {
            throw SceneException.of(source, "the file is empty; expected a JSON object");
        }
        return root;
    }

    private Parsed entity(JsonNode node, JsonPointer at, int position) {
        String label = "#" + (position + 1) + " in \"entities\"";
        if (!node.isObject()) {
            throw fail(at, label, null, null, "an entity must be a JSON object, got " + kind(node));
        }
        JsonNode idNode = node.get("id");
        if (idNode == null) {
            throw fail(at, label, null, null, "missing \"id\" (like \"3v0\" or 3)");
        }
        label = idNode.isTextual() ? idNode.asText() : idNode.toString();
        checkKeys(node, at, ENTITY_KEYS, label);
        Entity id = parseId(idNode, at.appendProperty("id"), label);
        JsonNode comps = node.get("components");
        JsonPointer compsAt = at.appendProperty("components");
        Map<String, Record> components = new TreeMap<>();
        if (comps == null) {
            return new Parsed(id, label, at, components);
        }
        if (!comps.isObject()) {
            throw fail(compsAt, label, null, null, "\"components\" must be an object, got " + kind(comps));
        }
        for (Map.Entry<String, JsonNode> entry : comps.properties()) {
            String name = entry.getKey();
            JsonPointer compAt = compsAt.appendProperty(name);
            ComponentType<?> type;
            try {
                type = registry.byName(name);
            } catch (UnknownComponentException e) {
                fault(fail(
                        compAt,
                        label,
                        name,
                        null,
                        e.getMessage() + " (user components must be registered with the world before loading)"));
                continue;
            }
            try {
                components.put(type.name(), convert(type, entry.getValue(), compAt, label));
            } catch (SceneException e) {
                fault(e);
            }
        }
        return new Parsed(id, label, at, components);
    }

    private Record convert(ComponentType<?> type, JsonNode value, JsonPointer at, String label) {
        try {
            return ComponentJson.fromJson(type.type(), type.schema(), value);
        } catch (InvalidComponentException e) {
            String field = e.field();
            JsonPointer fieldAt = at;
            if (!field.isEmpty()) {
                for (String part : field.split("\\.")) fieldAt = fieldAt.appendProperty(part);
            }
            throw fail(fieldAt, label, type.name(), field, reasonOf(e));
        }
    }

    /** The exception's message without its "Component.field: " prefix, which the scene error states itself. */
    private static String reasonOf(InvalidComponentException e) {
        String prefix = e.component() + (e.field().isEmpty() ? "" : "." + e.field()) + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private Entity parseId(JsonNode idNode, JsonPointer at, String label) {
        if (idNode.isIntegralNumber() && idNode.canConvertToInt() && idNode.asInt() >= 0) {
            return Entity.ofIndex(idNode.asInt());
        }
        if (idNode.isTextual()) {
            try {
                return Entity.parse(idNode.asText());
            } catch (IllegalArgumentException e) {
                // reported below with the general message
            }
        }
        throw fail(at, label, null, null, "an entity id must be like \"3v0\" or a non-negative integer, got " + idNode);
    }

    private void checkKeys(JsonNode node, JsonPointer at, List<String> allowed, String label) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw fail(
                        at.appendProperty(key),
                        label,
                        null,
                        null,
                        "unknown key \"" + key + "\"; expected one of " + allowed + Suggest.didYouMean(key, allowed));
            }
        }
    }

    /** A located scene error; the caller throws it. */
    SceneException fail(JsonPointer at, String entity, String component, String field, String reason) {
        int[] loc = JsonLocator.locate(text, at);
        return new SceneException(
                source, loc == null ? -1 : loc[0], loc == null ? -1 : loc[1], entity, component, field, reason);
    }

    private static String kind(JsonNode node) {
        String t = node.toString();
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (t.length() > 40 ? t.substring(0, 37) + "..." : t);
    }
}
