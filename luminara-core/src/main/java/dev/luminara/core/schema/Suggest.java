package dev.luminara.core.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance, shared by every error that names an unknown thing. */
public final class Suggest {
    private Suggest() {}

    /** Up to three candidates within a small edit distance of {@code name}, closest first. */
    public static List<String> closest(String name, Collection<String> candidates) {
        String needle = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        List<String> out = new ArrayList<>();
        candidates.stream()
                .filter(c -> distance(needle, c.toLowerCase(Locale.ROOT)) <= limit
                        || c.toLowerCase(Locale.ROOT).contains(needle) && needle.length() >= 3)
                .sorted(Comparator.comparingInt((String c) -> distance(needle, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .forEach(out::add);
        return out;
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String name, Collection<String> candidates) {
        List<String> best = closest(name, candidates);
        return best.isEmpty() ? "" : "; did you mean '" + String.join("' or '", best) + "'?";
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
