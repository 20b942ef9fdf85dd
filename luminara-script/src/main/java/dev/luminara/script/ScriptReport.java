package dev.luminara.script;

import java.util.List;
import java.util.Map;

/**
 * What a host's scripts did: every error and limit hit (with file and line), and the API calls and spawns counted by
 * the sandboxes. What the verifier reads after running scripts on a fork.
 */
public record ScriptReport(
        List<ScriptError> errors, long apiCalls, int entitiesSpawned, Map<String, Long> callsByFunction) {
    public ScriptReport {
        errors = List.copyOf(errors);
        callsByFunction = Map.copyOf(callsByFunction);
    }

    /** The errors that were limits being hit. */
    public List<ScriptError> limitsHit() {
        return errors.stream().filter(e -> e.limit() != null).toList();
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
