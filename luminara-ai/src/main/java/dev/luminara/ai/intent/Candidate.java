package dev.luminara.ai.intent;

import dev.luminara.core.Entity;

/** An entity a reference could mean, with how well it fits (1 for an exact match; search scores otherwise). */
public record Candidate(Entity entity, String name, float score) {
    @Override
    public String toString() {
        return entity + (name == null ? "" : " \"" + name + "\"") + " (score "
                + String.format(java.util.Locale.ROOT, "%.3f", score) + ")";
    }
}
