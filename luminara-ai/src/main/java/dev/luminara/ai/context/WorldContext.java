package dev.luminara.ai.context;

import dev.luminara.ai.change.ChangeSet;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.core.schema.ComponentSchema;
import java.util.List;

/**
 * A digest of the world for an agent, within a token budget. {@code text} is what to hand the model: it holds
 * everything below, and {@code tokenUsage} is its exact token count in {@code encoding}, never more than {@code
 * maxTokens}. The structured members are the same content for programs.
 */
public record WorldContext(
        WorldSummary summary,
        List<EntityDigest> entities,
        List<ComponentSchema> schemas,
        ChangeSet recentChanges,
        PerformanceContext performance,
        int tokenUsage,
        int maxTokens,
        String encoding,
        String text) {
    public WorldContext {
        entities = List.copyOf(entities);
        schemas = List.copyOf(schemas);
    }
}
