package dev.luminara.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.luminara.core.json.Json;

/**
 * The JSON form of the AI layer's closed sets (intents, references, positions, commands, mutations) and results.
 * Polymorphic values carry a {@code "type"} member naming the record ({@code {"type": "ByName", "name": "tower"}}).
 * Optional members may be left out; unknown members are rejected. Based on {@link Json#mapper()}, so vectors are
 * {@code [x, y, z]} arrays and entities {@code "12v0"} strings.
 */
public final class AiJson {
    private static final ObjectMapper MAPPER = Json.mapper()
            .copy()
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private AiJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a value of {@code type} from JSON text; a malformed document is an {@link InvalidRequestException}. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw invalid(type, e);
        }
    }

    /** Reads a value of {@code type} from a JSON tree (a tool's arguments, say). */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(type, e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AiException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static InvalidRequestException invalid(Class<?> type, Exception e) {
        String where = "";
        String what = e.getMessage();
        if (e instanceof JsonMappingException m) {
            String path = path(m);
            where = path.isEmpty() ? "" : " at " + path;
            what = m.getOriginalMessage();
        } else if (e instanceof JsonProcessingException p) {
            what = p.getOriginalMessage();
        }
        if (what != null) {
            int cut = what.indexOf("\n");
            if (cut > 0) what = what.substring(0, cut);
        }
        return new InvalidRequestException("invalid " + type.getSimpleName() + " JSON" + where + ": " + what, e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
