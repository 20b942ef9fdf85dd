package dev.luminara.lunyscript;

/**
 * A major.minor.patch version. Missing parts are zero ({@code "6000.7"} is 6000.7.0); a suffix after {@code -} or
 * {@code +} ({@code "3.9.0-stable"}) is ignored for ordering.
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {
    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must be >= 0, got " + major + "." + minor + "." + patch);
        }
    }

    public static SemanticVersion parse(String text) {
        String core = text.strip();
        int cut = indexOfAny(core, '-', '+');
        if (cut >= 0) core = core.substring(0, cut);
        String[] parts = core.split("\\.", -1);
        if (parts.length == 0 || parts.length > 3) {
            throw new IllegalArgumentException("not a version: '" + text + "' (expected like 3.7 or 6000.3.4)");
        }
        int[] v = new int[3];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a version: '" + text + "' (expected like 3.7 or 6000.3.4)", e);
        }
        return new SemanticVersion(v[0], v[1], v[2]);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) return i;
        }
        return -1;
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    public boolean isAtMost(SemanticVersion o) {
        return compareTo(o) <= 0;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
