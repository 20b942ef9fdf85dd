package dev.luminara.verify.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiEngine;
import dev.luminara.ai.command.AppliedCommand;
import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.timeline.Operation;
import dev.luminara.ai.timeline.OperationDraft;
import dev.luminara.ai.timeline.OperationTimeline;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.component.Name;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptLanguage;
import dev.luminara.script.ScriptState;
import dev.luminara.verify.ApplyResult;
import dev.luminara.verify.ApplyStatus;
import dev.luminara.verify.MonitorReport;
import dev.luminara.verify.RollbackFailedException;
import dev.luminara.verify.SandboxProblem;
import dev.luminara.verify.ScriptSubmission;
import dev.luminara.verify.VerificationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Stage 4: apply through the timeline, watch the live game, roll back with the reason recorded. */
public final class Applier {
    public static final String TAG_APPLY = "verify:apply";
    public static final String TAG_ROLLBACK = "verify:rollback";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PerformanceBudget budget;
    private final int monitorFrames;
    private final int baselineFrames;
    private final double regressionFactor;
    private final boolean keepSteppedFrames;

    public Applier(
            PerformanceBudget budget,
            int monitorFrames,
            int baselineFrames,
            double regressionFactor,
            boolean keepSteppedFrames) {
        this.budget = budget;
        this.monitorFrames = monitorFrames;
        this.baselineFrames = baselineFrames;
        this.regressionFactor = regressionFactor;
        this.keepSteppedFrames = keepSteppedFrames;
    }

    public ApplyResult apply(
            ScriptSubmission s, GameRuntime game, AiEngine ai, OperationTimeline timeline, VerificationResult v) {
        ScriptHost host = game.scripts();
        ScriptId id = ScriptId.of(s.path());
        List<Entity> targets = game.app().call(w -> Targets.resolve(w, s.attachTo()));
        WorldSnapshot unstepped =
                keepSteppedFrames || baselineFrames == 0 ? null : game.app().call(World::snapshot);
        double baseline = baselineFrames == 0 ? 0 : median(step(game, baselineFrames, host, null, null));
        if (unstepped != null) restore(game, unstepped); // the change is recorded on the world as it was opened
        List<EngineCommand> commands = game.app().call(w -> commands(s, ai, targets));
        Operation op = ai.apply(
                "verify: apply " + s.path(),
                v.preview() == null ? "" : v.preview().summary(),
                commands,
                List.of(TAG_APPLY));
        WorldSnapshot applied = game.app().call(World::snapshot);
        if (host.scripts().contains(id)) host.reload(List.of(id)); // the host compiled an older version of this path
        long errorsBefore = host.errorCount();
        // the scripts already failing are not the apply's doing; any other script that starts failing is (a module it
        // shares with the new script, an entity the new script changed)
        Set<Entity> failingBefore = game.app().call(w -> failing(w, host));
        failingBefore.removeAll(targets);
        List<SandboxProblem> problems = new ArrayList<>();
        long[] frames = step(game, monitorFrames, host, failingBefore, problems);
        double median = median(frames);
        double budgetMillis = budget.frameBudgetNanos() / 1e6;
        MonitorReport report = new MonitorReport(frames.length, problems, baseline, median, budgetMillis);
        String reason = null;
        if (!problems.isEmpty()) {
            SandboxProblem first = problems.get(0);
            reason = (targets.contains(first.entity())
                            ? "runtime error after apply: "
                            : "runtime error after apply, in another script ("
                                    + game.app().call(w -> scriptOf(w, first.entity())) + "): ")
                    + first.describe();
        } else if (host.errorCount() > errorsBefore && !errorsOf(host, id).isEmpty()) {
            reason = "runtime error after apply: " + errorsOf(host, id).get(0).describe();
        } else if (median > budgetMillis && (baseline <= 0 || median > baseline * regressionFactor)) {
            reason = String.format(
                    Locale.ROOT,
                    "frame-time regression after apply: median %.2f ms over %d frames against a %.2f ms budget"
                            + " (%.0f fps)%s",
                    median,
                    frames.length,
                    budgetMillis,
                    budget.targetFps(),
                    baseline > 0 ? String.format(Locale.ROOT, ", %.2f ms before", baseline) : "");
        }
        if (reason == null) {
            if (!keepSteppedFrames) restore(game, applied);
            return new ApplyResult(ApplyStatus.APPLIED, null, op.id(), -1, v, report);
        }
        long rollback = rollback(game, ai, timeline, op, applied, reason);
        // the watched frames ran what was just undone: predictions must not start from them
        ai.advisor().resetLive();
        return new ApplyResult(ApplyStatus.ROLLED_BACK, reason, op.id(), rollback, v, report);
    }

    private static void restore(GameRuntime game, WorldSnapshot snapshot) {
        game.app().call(w -> {
            w.restore(snapshot);
            return null;
        });
    }

    private static List<EngineCommand> commands(ScriptSubmission s, AiEngine ai, List<Entity> targets) {
        List<EngineCommand> out = new ArrayList<>();
        // compared as bytes: a file already holding exactly this code is not rewritten, and a .lua path holding
        // something that is not text is replaced rather than failing to read
        Optional<byte[]> existing = ai.executor().scripts().readBytes(s.path());
        if (existing.isEmpty() || !Arrays.equals(existing.get(), s.code())) {
            if (s.language() == ScriptLanguage.WASM) {
                out.add(new EngineCommand.WriteScriptBytes(s.path(), s.wasm())); // a module is binary: exact bytes
            } else if (existing.isEmpty()) {
                out.add(new EngineCommand.CreateScript(s.path(), s.source()));
            } else {
                out.add(new EngineCommand.ModifyScript(s.path(), s.source()));
            }
        }
        for (Entity e : targets) {
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.put("path", s.path());
            value.put("enabled", true);
            out.add(new EngineCommand.AddComponent(e, "Script", value));
        }
        return out;
    }

    /**
     * Back to the state just before the apply: the world as it was right after it (the monitored frames undone), then
     * the operation's inverses, recorded as an operation of their own so the reason stays in the timeline.
     */
    private static long rollback(
            GameRuntime game,
            AiEngine ai,
            OperationTimeline timeline,
            Operation op,
            WorldSnapshot applied,
            String reason) {
        try {
            return game.app().call(w -> {
                w.restore(applied);
                List<AppliedCommand> undone = ai.executor().applyAll(op.inverses());
                Operation r = timeline.record(new OperationDraft(
                        "verify: automatic rollback of #" + op.id() + " (" + op.prompt() + ")",
                        reason,
                        CommandExecutor.commands(undone),
                        CommandExecutor.inverses(undone),
                        null,
                        List.of(TAG_ROLLBACK, "rollback-of:" + op.id())));
                return r.id();
            });
        } catch (RuntimeException e) {
            throw new RollbackFailedException(
                    "operation #" + op.id() + " misbehaved (" + reason + ") and rolling it back failed: "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Steps the game, returning each frame's CPU time; with {@code problems}, stops at the first frame in which a
     * script not in {@code failingBefore} is in error.
     */
    private static long[] step(
            GameRuntime game, int n, ScriptHost host, Set<Entity> failingBefore, List<SandboxProblem> problems) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            game.app().step();
            out[i] = THREADS.getCurrentThreadCpuTime() - c0;
            if (problems == null) continue;
            game.app().call(w -> {
                for (Entity e : failing(w, host)) {
                    if (failingBefore.contains(e)) continue;
                    ScriptState.Error err = (ScriptState.Error) host.state(e).orElseThrow();
                    problems.add(new SandboxProblem(
                            err.file(), err.line(), "monitor", e, err.message(), null, err.traceback()));
                }
                return null;
            });
            if (!problems.isEmpty()) return Arrays.copyOf(out, i + 1);
        }
        return out;
    }

    /** {@code patrol.lua on 8v0 "enemy_grunt_1"}. */
    private static String scriptOf(World w, Entity e) {
        String path = w.isAlive(e) && w.has(e, ScriptComponent.class)
                ? w.get(e, ScriptComponent.class).path()
                : "a script";
        Name name = w.isAlive(e) && w.has(e, Name.class) ? w.get(e, Name.class) : null;
        return path + " on " + e + (name == null ? "" : " \"" + name.value() + "\"");
    }

    /** The entities whose script is in the error state, in entity order. */
    private static Set<Entity> failing(World w, ScriptHost host) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity e : w.query(ScriptComponent.class).entities()) {
            Optional<ScriptState> st = host.state(e);
            if (st.isPresent() && st.get() instanceof ScriptState.Error) out.add(e);
        }
        return out;
    }

    private static List<SandboxProblem> errorsOf(ScriptHost host, ScriptId id) {
        List<SandboxProblem> out = new ArrayList<>();
        for (ScriptError e : host.report().errors()) if (e.script().equals(id)) out.add(SandboxProblem.of(e));
        return out;
    }

    private static double median(long[] nanos) {
        if (nanos.length == 0) return 0;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
