package dev.luminara.verify;

import com.fasterxml.jackson.databind.JsonNode;

/** One field that differs, by its path in the component's scene JSON ({@code position}, {@code color}). */
public record FieldDiff(String path, JsonNode before, JsonNode after) {}
