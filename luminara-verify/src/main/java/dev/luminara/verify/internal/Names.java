package dev.luminara.verify.internal;

import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" candidates, ties between spellings that differ only in case broken by the exact spelling. */
final class Names {
    private Names() {}

    /** Names that start with {@code name} ({@code set_pos} → {@code set_position}), else the closest spellings. */
    static List<String> completions(String name, Collection<String> candidates) {
        List<String> prefixed = candidates.stream()
                .filter(c -> c.startsWith(name) && !c.equals(name))
                .sorted()
                .limit(2)
                .toList();
        return prefixed.isEmpty() ? closest(name, candidates) : prefixed;
    }

    static List<String> closest(String name, Collection<String> candidates) {
        List<String> best = new ArrayList<>(Suggest.closest(name, candidates));
        best.sort(Comparator.comparingInt((String c) ->
                        Suggest.distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT)))
                .thenComparingInt(c -> Suggest.distance(name, c)));
        return best;
    }
}
