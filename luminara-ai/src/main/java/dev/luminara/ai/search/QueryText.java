package dev.luminara.ai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description split into what the entity is ("the red enemy") and what it is near ("the tower"): words after a
 * spatial preposition match the names of nearby entities, not the entity's own name.
 */
record QueryText(String subject, List<String> near) {
    private static final Pattern NEAR = Pattern.compile("\\b(near|next to|close to|beside|by|around)\\b");

    static QueryText parse(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        Matcher m = NEAR.matcher(text);
        List<String> near = new ArrayList<>();
        int subjectEnd = text.length();
        int start = -1;
        while (m.find()) {
            if (start < 0) {
                subjectEnd = m.start();
            } else {
                near.add(text.substring(start, m.start()));
            }
            start = m.end();
        }
        if (start >= 0) near.add(text.substring(start));
        return new QueryText(text.substring(0, subjectEnd), near);
    }
}
