package dev.luminara.ai.context;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.Entity;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Map;

/**
 * One entity as a digest shows it. {@code values} holds component values by name at the detail and full levels
 * (empty for a catalog line); {@code relevance} is its personalised PageRank score for this request.
 */
public record EntityDigest(
        Entity entity,
        String name,
        Vec3 position,
        String where,
        List<String> components,
        List<String> tags,
        DigestLevel detailLevel,
        Map<String, JsonNode> values,
        double relevance) {
    public EntityDigest {
        components = List.copyOf(components);
        tags = List.copyOf(tags);
        values = values == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
