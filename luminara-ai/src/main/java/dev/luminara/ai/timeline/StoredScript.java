package dev.luminara.ai.timeline;

import dev.luminara.ai.command.ScriptStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A script's content as the timeline keeps it in its text columns (snapshots, tracked originals): UTF-8 text as the
 * text itself, so existing timelines read unchanged, and anything else (a WASM module) as a marker and base64. Text
 * that happens to start with the marker is base64-encoded too, so every byte string round-trips exactly.
 */
final class StoredScript {
    /** U+FFFF is a noncharacter: no script text starts with it. */
    static final String BINARY = "\uFFFFbase64:";

    private StoredScript() {}

    static String of(byte[] content) {
        Optional<String> text = ScriptStore.text(content);
        if (text.isPresent() && !text.get().startsWith(BINARY)) return text.get();
        return BINARY + Base64.getEncoder().encodeToString(content);
    }

    static String ofText(String source) {
        return source.startsWith(BINARY) ? of(source.getBytes(StandardCharsets.UTF_8)) : source;
    }

    static byte[] bytes(String stored) {
        if (!stored.startsWith(BINARY)) return stored.getBytes(StandardCharsets.UTF_8);
        try {
            return Base64.getDecoder().decode(stored.substring(BINARY.length()));
        } catch (IllegalArgumentException e) {
            throw new CorruptTimelineException("a stored script is marked binary but is not base64: " + e.getMessage());
        }
    }
}
