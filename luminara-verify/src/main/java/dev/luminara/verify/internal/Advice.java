package dev.luminara.verify.internal;

import dev.luminara.script.BudgetWindow;
import dev.luminara.script.SandboxConfig;
import dev.luminara.verify.IssueSeverity;
import dev.luminara.verify.SandboxProblem;
import dev.luminara.verify.SandboxResult;
import dev.luminara.verify.StaticIssue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns findings into concrete suggestions, most important first. */
public final class Advice {
    private Advice() {}

    public static List<String> of(
            List<StaticIssue> issues,
            SandboxResult sandbox,
            SandboxConfig config,
            int attached,
            FramePrediction prediction,
            long predictedSpawns) {
        Set<String> out = new LinkedHashSet<>();
        for (StaticIssue i : issues) {
            if (i.severity() != IssueSeverity.ERROR) continue;
            if (i.code().equals("unknown-api") || i.code().equals("unknown-global")) out.add(i.message());
            else if (i.suggestion() != null) out.add(where(i) + i.suggestion());
        }
        if (sandbox != null) {
            for (SandboxProblem p : sandbox.limitsHit())
                out.add(limit(p, sandbox, config, predictedSpawns, prediction));
            for (SandboxProblem p : sandbox.errors())
                out.add("fix " + p.file() + (p.line() > 0 ? ":" + p.line() : "") + " in " + p.hook() + ": "
                        + p.message());
        }
        boolean spawnLimit =
                sandbox != null && sandbox.limitsHit().stream().anyMatch(p -> "max_entities_spawned".equals(p.limit()));
        if (prediction != null
                && prediction.overBudget()
                && !spawnLimit
                && (predictedSpawns > 0 || sandbox != null && sandbox.frames() >= 3)) {
            out.add(
                    predictedSpawns > 0
                            ? String.format(
                                    Locale.ROOT,
                                    "spawning %,d entities exceeds the budget: predicted %.0f fps (%.1f ms per frame against"
                                            + " %.1f ms; %s)",
                                    predictedSpawns,
                                    prediction.fps(),
                                    prediction.frameMillis(),
                                    prediction.budgetMillis(),
                                    prediction.basis())
                            : String.format(
                                    Locale.ROOT,
                                    "the script takes %.2f ms per frame on %d entit%s: predicted %.0f fps, over the %.1f ms budget",
                                    sandbox == null ? 0 : sandbox.meanScriptMillis(),
                                    attached,
                                    attached == 1 ? "y" : "ies",
                                    prediction.fps(),
                                    prediction.budgetMillis()));
        }
        for (StaticIssue i : issues) {
            if (i.severity() == IssueSeverity.WARNING && i.suggestion() != null) out.add(where(i) + i.suggestion());
        }
        return new ArrayList<>(out);
    }

    private static String where(StaticIssue i) {
        return i.line() > 0 ? "line " + i.line() + ": " : "";
    }

    private static String limit(
            SandboxProblem p, SandboxResult run, SandboxConfig c, long spawns, FramePrediction prediction) {
        String at = p.file() + (p.line() > 0 ? ":" + p.line() : "") + " (" + p.hook() + ")";
        switch (p.limit()) {
            case "max_instructions":
                return String.format(
                        Locale.ROOT,
                        "%s ran past max_instructions (%,d per call): a loop does not end or does too much per call;"
                                + " bound it or spread the work over frames",
                        at,
                        c.maxInstructions());
            case "max_execution_time":
                return at + " ran past max_execution_time ("
                        + c.maxExecutionTime().toMillis()
                        + " ms per call): bound its loops or spread the work over frames";
            case "max_memory":
            case "max_value_size":
                boolean kept = p.message().contains("of Lua values after"); // the retained check, not one call
                return String.format(
                        Locale.ROOT,
                        kept
                                ? "%s keeps more Lua values than the sandbox allows (max_memory %,d bytes): something"
                                        + " grows every call; bound the tables it keeps filling or clear them"
                                : "%s allocated more than the sandbox allows in one call (max_memory %,d bytes): do"
                                        + " not build large tables or strings per call",
                        at,
                        c.maxMemory());
            case "max_entities_spawned":
                return String.format(
                                Locale.ROOT,
                                "spawning %s entities exceeds the budget: max_entities_spawned is %,d",
                                spawns > c.maxEntitiesSpawned()
                                        ? String.format(Locale.ROOT, "%,d", spawns)
                                        : "more than " + c.maxEntitiesSpawned(),
                                c.maxEntitiesSpawned())
                        // a frame-rate prediction only for a count the static stage knows: "more than 100" would be
                        // predicted from the 100 the sandbox let through, which says nothing
                        + (prediction == null || spawns <= c.maxEntitiesSpawned()
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "; with them the frame would %s: predicted %.0f fps (%.1f ms per frame against"
                                                + " %.1f ms; %s)",
                                        prediction.overBudget() ? "go over budget too" : "still fit",
                                        prediction.fps(),
                                        prediction.frameMillis(),
                                        prediction.budgetMillis(),
                                        prediction.basis()));
            case "max_api_calls":
                long perFrame = Math.round((double) run.apiCalls() / Math.max(1, run.frames()));
                if (c.window() == BudgetWindow.RUN && run.frames() > 1 && perFrame * 60 <= c.maxApiCalls()) {
                    // a modest script over a long run: the per-run count, not the script, is what ran out
                    return String.format(
                            Locale.ROOT,
                            "%s makes about %,d API calls per frame, which is fine, but over %,d frames that passes"
                                    + " max_api_calls (%,d for the whole run): verify over fewer frames",
                            at,
                            perFrame,
                            run.frames(),
                            c.maxApiCalls());
                }
                return String.format(
                        Locale.ROOT,
                        "%s made more than max_api_calls (%,d over the run): keep values in locals instead of asking"
                                + " the engine every iteration",
                        at,
                        c.maxApiCalls());
            case "max_stack_depth":
                return at + " recursed too deep: make the recursion a loop";
            case "max_coroutines":
                return at + " keeps too many coroutines alive (at most " + SandboxConfig.MAX_COROUTINES + ")";
            default:
                return at + ": " + p.message();
        }
    }
}
