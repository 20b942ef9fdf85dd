package dev.luminara.ai.search;

import dev.luminara.core.Entity;

/** An entity matching a description, its name (or null) and its relevance score (higher is better; BM25). */
public record SearchHit(Entity entity, String name, float score) {}
