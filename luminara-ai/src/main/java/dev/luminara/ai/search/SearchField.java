package dev.luminara.ai.search;

/**
 * The text fields of an entity document. Every word of a description is scored against {@link #ALL} (so an entity
 * matching more of the words ranks higher); {@code bonus} adds to matches in the fields that identify an entity, which
 * are also indexed on their own. Fields without a bonus are only part of {@code ALL}.
 */
enum SearchField {
    NAME("name", 1f),
    TAGS("tags", 0.8f),
    SCRIPT("script", 0.6f),
    COLOR("color", 0.5f),
    DESCRIPTION("description", 0f),
    KIND("kind", 0f),
    POSITION("position", 0f),
    /** Names of named entities close by, and of the parent: what "near the tower" matches; not part of ALL. */
    NEAR("near", 0f),
    /** Every field above but NEAR, as one text. */
    ALL("all", 0f);

    final String field;
    final float bonus;

    SearchField(String field, float bonus) {
        this.field = field;
        this.bonus = bonus;
    }
}
