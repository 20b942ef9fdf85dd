package dev.luminara.ai.intent;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in behaviour templates and the filling of {@code {{parameter}}} / {@code {{parameter:default}}}
 * placeholders. Templates are Lua scripts in the scripting layer's form: a table with hooks called as
 * {@code on_update(self, dt)}, {@code self.entity}, the {@code transform} and {@code world} modules, {@code vec3}.
 * Numbers, strings and booleans become Lua literals, {@code [x, y, z]} a {@code vec3(x, y, z)}.
 */
public final class BehaviorLibrary {
    /** The names {@link BehaviorTemplate#builtin} accepts. */
    public static final List<String> BUILTIN = List.of("bob", "follow", "patrol", "spin");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?::([^}]*))?}}");

    private BehaviorLibrary() {}

    /** The template's source, from the library or as given. */
    static String source(BehaviorTemplate template) {
        if (template.source() != null) return template.source();
        if (!BUILTIN.contains(template.name())) {
            throw new IntentException(
                    "unknown behaviour '" + template.name() + "'; built in: " + BUILTIN + " (or give your own source)");
        }
        String resource = "/dev/luminara/ai/behaviors/" + template.name() + ".lua";
        try (InputStream in = BehaviorLibrary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The placeholder names of a source and their defaults (null for required ones), in order of appearance. */
    static Map<String, String> parameters(String source) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            String def = m.group(2) == null ? null : m.group(2).strip();
            if (!out.containsKey(name) || out.get(name) == null) out.put(name, def);
        }
        return out;
    }

    /** The source with every placeholder replaced by a Lua literal of its value (or its default). */
    static String fill(String behaviour, String source, Map<String, JsonNode> values) {
        Map<String, String> declared = parameters(source);
        for (String given : values.keySet()) {
            if (!declared.containsKey(given)) {
                throw new IntentException("behaviour '" + behaviour + "' has no parameter '" + given + "'; it takes "
                        + (declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared.keySet()))));
            }
        }
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            JsonNode value = values.get(name);
            String literal;
            if (value != null) {
                literal = luaLiteral(behaviour, name, value);
            } else if (declared.get(name) != null) {
                literal = declared.get(name);
            } else {
                throw new IntentException("behaviour '" + behaviour + "' needs parameter '" + name + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String luaLiteral(String behaviour, String name, JsonNode v) {
        if (v.isNumber() || v.isBoolean()) return v.asText();
        if (v.isTextual()) return luaString(v.asText());
        if (v.isArray()
                && v.size() == 3
                && v.get(0).isNumber()
                && v.get(1).isNumber()
                && v.get(2).isNumber()) {
            return "vec3(" + v.get(0).asText() + ", " + v.get(1).asText() + ", "
                    + v.get(2).asText() + ")";
        }
        throw new IntentException("behaviour '" + behaviour + "', parameter '" + name
                + "': expected a number, string, boolean or [x, y, z], got " + v);
    }

    private static String luaString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\%03d", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
