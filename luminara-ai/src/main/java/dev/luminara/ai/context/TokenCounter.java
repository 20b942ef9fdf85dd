package dev.luminara.ai.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.luminara.ai.InvalidRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Counts tokens the way a model's tokenizer does (jtokkit's BPE tables): {@code cl100k_base} (GPT-4, GPT-3.5) by
 * default, or {@code o200k_base}, {@code p50k_base}, {@code r50k_base}. Special-token text is counted as ordinary
 * text, so an entity named {@code <|endoftext|>} cannot break a digest.
 */
public final class TokenCounter {
    public static final String DEFAULT_ENCODING = "cl100k_base";

    private static final class Registry {
        static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
    }

    private final Encoding encoding;

    private TokenCounter(Encoding encoding) {
        this.encoding = encoding;
    }

    public static TokenCounter of(String encodingName) {
        String name = encodingName == null ? DEFAULT_ENCODING : encodingName;
        return Registry.INSTANCE
                .getEncoding(name)
                .map(TokenCounter::new)
                .orElseThrow(() -> new InvalidRequestException("unknown token encoding '" + name + "'; known: "
                        + Arrays.stream(EncodingType.values())
                                .map(EncodingType::getName)
                                .collect(Collectors.joining(", "))));
    }

    public static TokenCounter cl100k() {
        return of(DEFAULT_ENCODING);
    }

    public String encoding() {
        return encoding.getName();
    }

    public int count(String text) {
        return text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
