package dev.luminara.script;

import java.util.Map;

/** What one script instance has used so far: API calls (in total and per function) and entities spawned. */
public record SandboxUsage(long apiCalls, int entitiesSpawned, Map<String, Long> callsByFunction) {
    public SandboxUsage {
        callsByFunction = Map.copyOf(callsByFunction);
    }
}
