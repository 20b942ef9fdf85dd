package dev.luminara.ai.context;

import dev.luminara.ai.change.WorldVersion;
import dev.luminara.core.Entity;
import java.util.List;

/**
 * What an agent asks the context engine for. {@code maxTokens <= 0} means the level's nominal budget; {@code
 * selection} are entities the user has selected (they weigh like the player); {@code changesSince} picks the version
 * recent changes are reported from (null: since the engine's previous context).
 */
public record ContextRequest(DigestLevel level, int maxTokens, List<Entity> selection, WorldVersion changesSince) {
    public ContextRequest {
        level = level == null ? new DigestLevel.EntityDetail("") : level;
        selection = selection == null ? List.of() : List.copyOf(selection);
    }

    /** Details for a query within a budget: what {@code generateContext(query, maxTokens)} asks. */
    public static ContextRequest of(String query, int maxTokens) {
        return new ContextRequest(new DigestLevel.EntityDetail(query), maxTokens, List.of(), null);
    }

    public int budget() {
        return maxTokens > 0 ? maxTokens : DigestLevel.nominalTokens(level);
    }

    public String query() {
        return level instanceof DigestLevel.EntityDetail d ? d.query() : "";
    }
}
