package dev.luminara.lunyscript.descriptor;

import java.util.regex.Pattern;

/** Lua key paths as people write them: identifiers joined by dots, other keys in brackets. */
final class KeyPaths {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private KeyPaths() {}

    static String child(String base, Object key) {
        if (key instanceof Integer || key instanceof Long) {
            return base + "[" + key + "]";
        }
        String k = String.valueOf(key);
        if (IDENTIFIER.matcher(k).matches()) {
            return base.isEmpty() ? k : base + "." + k;
        }
        return base + "[\"" + k + "\"]";
    }
}
