package dev.luminara.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * What the pipeline found. Serialises with {@code Json.mapper()} as the MCP tools' structured content.
 *
 * @param passed no static error, no sandbox error or limit hit
 * @param failedStage the first stage that failed, or null when passed
 * @param staticIssues every static finding (errors, warnings, notes)
 * @param sandboxResult null when static analysis failed (nothing was run)
 * @param preview null when nothing was run
 * @param suggestions concrete fixes, most important first
 */
public record VerificationResult(
        boolean passed,
        Stage failedStage,
        List<StaticIssue> staticIssues,
        SandboxResult sandboxResult,
        DiffPreview preview,
        List<String> suggestions,
        StageTimings timings) {
    public VerificationResult {
        staticIssues = List.copyOf(staticIssues);
        suggestions = List.copyOf(suggestions);
        timings = timings == null ? StageTimings.NONE : timings;
    }

    /** The static findings of one severity. */
    public List<StaticIssue> issues(IssueSeverity severity) {
        return staticIssues.stream().filter(i -> i.severity() == severity).toList();
    }

    /** A plain-text report: verdict, issues, sandbox figures, the preview's summary and the suggestions. */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add(
                passed
                        ? "verification passed"
                        : "verification failed at " + failedStage.name().toLowerCase(java.util.Locale.ROOT));
        for (StaticIssue i : staticIssues) lines.add("  " + i.describe());
        if (sandboxResult != null) {
            SandboxResult s = sandboxResult;
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "sandbox: %d frame%s, %d API calls, %d entities spawned, script %.3f ms CPU/frame (max %.3f)",
                    s.frames(),
                    s.frames() == 1 ? "" : "s",
                    s.apiCalls(),
                    s.entitiesSpawned(),
                    s.meanScriptMillis(),
                    s.maxScriptMillis()));
            for (SandboxProblem p : s.limitsHit()) lines.add("  " + p.describe());
            for (SandboxProblem p : s.errors()) lines.add("  " + p.describe());
        }
        if (preview != null) lines.add("preview: " + preview.summary());
        for (String s : suggestions) lines.add("suggestion: " + s);
        return String.join("\n", lines);
    }
}
