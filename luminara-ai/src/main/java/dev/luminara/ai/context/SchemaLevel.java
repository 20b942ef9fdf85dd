package dev.luminara.ai.context;

/** How much of a component schema to show: field names, types, defaults and ranges only, or everything. */
public enum SchemaLevel {
    /** Name, category and fields with types, defaults and constraints; no descriptions or examples. */
    BRIEF,
    /** Everything the schema has: descriptions, examples and what the component is commonly paired with. */
    FULL
}
