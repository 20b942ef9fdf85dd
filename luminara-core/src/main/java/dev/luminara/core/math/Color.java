package dev.luminara.core.math;

import java.util.Locale;
import java.util.Map;

/** An immutable linear RGBA colour with components in [0, 1]. */
public record Color(float r, float g, float b, float a) {
    public static final Color WHITE = new Color(1, 1, 1, 1);
    public static final Color BLACK = new Color(0, 0, 0, 1);
    public static final Color GREY = new Color(0.5f, 0.5f, 0.5f, 1);
    public static final Color RED = new Color(0.9f, 0.15f, 0.15f, 1);
    public static final Color GREEN = new Color(0.2f, 0.8f, 0.25f, 1);
    public static final Color BLUE = new Color(0.2f, 0.35f, 0.9f, 1);
    public static final Color YELLOW = new Color(0.95f, 0.85f, 0.2f, 1);
    public static final Color ORANGE = new Color(0.95f, 0.55f, 0.1f, 1);
    public static final Color PURPLE = new Color(0.6f, 0.25f, 0.8f, 1);
    public static final Color BROWN = new Color(0.5f, 0.33f, 0.18f, 1);

    private static final Map<String, Color> NAMED = Map.of(
            "white", WHITE,
            "black", BLACK,
            "grey", GREY,
            "red", RED,
            "green", GREEN,
            "blue", BLUE,
            "yellow", YELLOW,
            "orange", ORANGE,
            "purple", PURPLE,
            "brown", BROWN);

    public static Color rgb(float r, float g, float b) {
        return new Color(r, g, b, 1);
    }

    /** The colour word closest to this colour ("red", "blue", …): what people call it in a search. */
    public String nearestName() {
        String best = "grey";
        float bestDistance = Float.MAX_VALUE;
        for (var entry : NAMED.entrySet()) {
            Color c = entry.getValue();
            float d = (r - c.r) * (r - c.r) + (g - c.g) * (g - c.g) + (b - c.b) * (b - c.b);
            if (d < bestDistance || (d == bestDistance && entry.getKey().compareTo(best) < 0)) {
                bestDistance = d;
                best = entry.getKey();
            }
        }
        return best;
    }

    /** A named colour ("red") or null when the word is not a colour name. */
    public static Color named(String name) {
        return NAMED.get(name.toLowerCase(Locale.ROOT));
    }
}
