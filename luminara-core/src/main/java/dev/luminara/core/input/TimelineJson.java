package dev.luminara.core.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.core.json.JsonLocator;
import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads and writes the JSON form of a {@link SimulatedInput}. Every fault is reported with its place: source, line and
 * column, the event's index and type, the field, and what was expected.
 */
final class TimelineJson {
    private static final List<String> TOP_KEYS = List.of("format", "events");
    private static final List<String> PRESS_KEYS = List.of("type", "control", "frame", "frames");
    private static final List<String> AXIS_KEYS = List.of("type", "control", "value", "from", "to");
    private static final List<String> TYPES = List.of("press", "axis");
    private static final ObjectReader READER = Json.mapper()
            .reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .without(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String text;
    private final String source;
    private final InputMap map;

    TimelineJson(String text, String source, InputMap map) {
        this.text = text;
        this.source = source == null ? "input" : source;
        this.map = map;
    }

    List<InputEvent> read() {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InputException(source + where + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode())
            throw fail(JsonPointer.empty(), -1, null, null, "no JSON in the text");
        JsonPointer listAt = JsonPointer.empty();
        JsonNode list = root;
        if (root.isObject()) {
            checkKeys(root, JsonPointer.empty(), TOP_KEYS, -1, null);
            JsonNode format = root.get("format");
            if (format != null && !(format.isTextual() && format.asText().equals(SimulatedInput.FORMAT))) {
                throw fail(
                        JsonPointer.compile("/format"),
                        -1,
                        null,
                        null,
                        "unsupported format " + format + "; this version reads \"" + SimulatedInput.FORMAT + "\"");
            }
            list = root.get("events");
            listAt = JsonPointer.compile("/events");
            if (list == null) throw fail(JsonPointer.empty(), -1, null, null, "missing \"events\" (an array)");
        }
        if (!list.isArray()) {
            throw fail(listAt, -1, null, null, "expected an array of events or {\"events\": [...]}, got " + kind(list));
        }
        List<InputEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonPointer at = listAt.appendIndex(i);
            InputEvent e = event(list.get(i), at, i);
            TimelineCheck.Fault f = TimelineCheck.check(e, map);
            if (f != null) throw fail(at.appendProperty(f.field()), i, e.type(), f.field(), f.reason());
            events.add(e);
        }
        return events;
    }

    private InputEvent event(JsonNode node, JsonPointer at, int i) {
        if (!node.isObject()) throw fail(at, i, null, null, "an event must be a JSON object, got " + kind(node));
        JsonNode type = node.get("type");
        if (type == null) {
            throw fail(at, i, null, "type", "missing; expected one of \"press\", \"axis\"");
        }
        if (!type.isTextual() || !TYPES.contains(type.asText())) {
            String got = type.isTextual() ? type.asText() : type.toString();
            throw fail(
                    at.appendProperty("type"),
                    i,
                    null,
                    "type",
                    "expected \"press\" or \"axis\", got " + type + Suggest.didYouMean(got, TYPES));
        }
        String t = type.asText();
        checkKeys(node, at, t.equals("press") ? PRESS_KEYS : AXIS_KEYS, i, t);
        String control = text(node, at, i, t, "control");
        if (t.equals("press")) {
            long frame = whole(node, at, i, t, "frame", null);
            long frames = whole(node, at, i, t, "frames", 1L);
            return new InputEvent.Press(control, frame, frames);
        }
        JsonNode value = required(node, at, i, t, "value");
        if (!value.isNumber())
            throw fail(at.appendProperty("value"), i, t, "value", "expected a number, got " + kind(value));
        long from = whole(node, at, i, t, "from", null);
        long to = whole(node, at, i, t, "to", null);
        return new InputEvent.Axis(control, (float) value.asDouble(), from, to);
    }

    private String text(JsonNode node, JsonPointer at, int i, String t, String field) {
        JsonNode v = required(node, at, i, t, field);
        if (!v.isTextual()) throw fail(at.appendProperty(field), i, t, field, "expected a string, got " + kind(v));
        return v.asText();
    }

    private long whole(JsonNode node, JsonPointer at, int i, String t, String field, Long fallback) {
        JsonNode v = fallback == null ? required(node, at, i, t, field) : node.get(field);
        if (v == null) return fallback;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(at.appendProperty(field), i, t, field, "expected a whole number of frames, got " + v);
        }
        return v.asLong();
    }

    private JsonNode required(JsonNode node, JsonPointer at, int i, String t, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw fail(at, i, t, field, "missing (required for a " + t + " event)");
        return v;
    }

    private void checkKeys(JsonNode node, JsonPointer at, List<String> allowed, int i, String t) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fail(
                        at.appendProperty(key),
                        i,
                        t,
                        key,
                        "unknown field" + Suggest.didYouMean(key, allowed) + " (allowed: " + String.join(", ", allowed)
                                + ")");
            }
        }
    }

    private InputException fail(JsonPointer at, int event, String type, String field, String reason) {
        StringBuilder sb = new StringBuilder(source);
        int[] loc = JsonLocator.locate(text, at);
        if (loc != null) sb.append(':').append(loc[0]).append(':').append(loc[1]);
        sb.append(": ");
        if (event >= 0) {
            sb.append("event ").append(event);
            if (type != null) sb.append(" (").append(type).append(')');
            sb.append(field == null ? ": " : ", ");
        }
        if (field != null) sb.append("field ").append(field).append(": ");
        return new InputException(sb.append(reason).toString(), event, field);
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) return "string " + n;
        if (n.isNumber()) return "number " + n;
        if (n.isBoolean()) return "boolean " + n;
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The canonical form: {@code {"format": ..., "events": [...]}}, fields in a fixed order. */
    static String write(List<InputEvent> events) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", SimulatedInput.FORMAT);
        ArrayNode list = root.putArray("events");
        for (InputEvent e : events) {
            ObjectNode o = list.addObject();
            o.put("type", e.type());
            o.put("control", e.control());
            if (e instanceof InputEvent.Press p) {
                o.put("frame", p.frame());
                o.put("frames", p.frames());
            } else if (e instanceof InputEvent.Axis a) {
                o.put("value", a.value());
                o.put("from", a.from());
                o.put("to", a.to());
            } else {
                throw new IllegalStateException(
                        "unhandled input event " + e.getClass().getName());
            }
        }
        try {
            return Json.pretty().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an input timeline", e);
        }
    }
}
