package dev.luminara.ai.context;

import java.util.Map;

/** The world at a glance: how many entities, of which kinds (component → count), tags, extent, in words. */
public record WorldSummary(
        int entityCount, Map<String, Integer> componentTypes, Map<String, Integer> tags, String description) {
    public WorldSummary {
        componentTypes = Map.copyOf(componentTypes);
        tags = Map.copyOf(tags);
    }
}
