package dev.luminara.verify;

import java.util.List;
import java.util.Map;

/**
 * What the script did on the fork.
 *
 * @param frames frames simulated (fewer than asked when every instance had stopped)
 * @param errors errors that were not limits (with file:line)
 * @param limitsHit errors that were sandbox limits being hit
 * @param apiCalls API calls made over the run; {@code callsByFunction} per qualified function
 * @param meanScriptMillis mean CPU time of the script stage per frame on the fork
 * @param maxScriptMillis the slowest frame's script stage
 * @param log lines the script logged (at most 50)
 */
public record SandboxResult(
        int frames,
        List<SandboxProblem> errors,
        List<SandboxProblem> limitsHit,
        int entitiesSpawned,
        long apiCalls,
        Map<String, Long> callsByFunction,
        double meanScriptMillis,
        double maxScriptMillis,
        List<String> log) {
    public SandboxResult {
        errors = List.copyOf(errors);
        limitsHit = List.copyOf(limitsHit);
        callsByFunction = Map.copyOf(callsByFunction);
        log = List.copyOf(log);
    }

    public boolean clean() {
        return errors.isEmpty() && limitsHit.isEmpty();
    }
}
