package dev.luminara.verify.internal;

import dev.luminara.core.schema.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" candidates, ties between spellings that differ only in case broken by the exact spelling. */
final class Names {
    private Names() {}

    static List<String> closest(String name, Collection<String> candidates) {
        List<String> best = new ArrayList<>(Suggest.closest(name, candidates));
        best.sort(Comparator.comparingInt((String c) ->
                        Suggest.distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT)))
                .thenComparingInt(c -> Suggest.distance(name, c)));
        return best;
    }
}
