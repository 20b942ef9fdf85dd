package dev.luminara.ai.intent;

import java.util.Objects;

/**
 * A script to attach: one of the built-in behaviours by {@code name} ({@link BehaviorLibrary}), or your own
 * {@code source} with {@code {{parameter}}} or {@code {{parameter:default}}} placeholders. {@code language} is
 * {@code lua} (the default) or {@code wat}.
 */
public record BehaviorTemplate(String name, String source, String language) {
    public BehaviorTemplate {
        Objects.requireNonNull(name, "name");
        language = language == null ? "lua" : language;
    }

    public static BehaviorTemplate builtin(String name) {
        return new BehaviorTemplate(name, null, null);
    }
}
