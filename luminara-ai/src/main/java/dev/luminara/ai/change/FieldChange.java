package dev.luminara.ai.change;

import com.fasterxml.jackson.databind.JsonNode;

/** One field of a component that changed: its dotted path and the values before and after (null when absent). */
public record FieldChange(String path, JsonNode before, JsonNode after) {}
