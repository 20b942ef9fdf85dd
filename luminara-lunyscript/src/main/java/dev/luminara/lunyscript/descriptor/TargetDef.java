package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.SemanticVersion;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A binding's target, plain ({@code "Rigidbody.velocity"}) or version-keyed ({@code {default = ..., ["3.7"] = ...}}):
 * the highest version key not above the running engine's version wins, else the default.
 */
public record TargetDef(String defaultTarget, SortedMap<SemanticVersion, String> byVersion, Origin origin) {
    public TargetDef {
        byVersion = new TreeMap<>(byVersion);
    }

    public static TargetDef plain(String target, Origin origin) {
        return new TargetDef(target, new TreeMap<>(), origin);
    }

    public TargetChoice select(SemanticVersion engineVersion) {
        String chosen = defaultTarget;
        String rule = byVersion.isEmpty() ? "single target" : "default (no version key <= " + engineVersion + ")";
        for (Map.Entry<SemanticVersion, String> e : byVersion.entrySet()) {
            if (e.getKey().isAtMost(engineVersion)) {
                chosen = e.getValue();
                rule = "version key " + e.getKey() + " (highest <= " + engineVersion + ")";
            }
        }
        return new TargetChoice(chosen, rule);
    }
}
