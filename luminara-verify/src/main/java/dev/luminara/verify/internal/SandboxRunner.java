package dev.luminara.verify.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ApiModule;
import dev.luminara.script.BudgetWindow;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptReport;
import dev.luminara.script.ScriptRuntime;
import dev.luminara.script.ScriptSources;
import dev.luminara.script.ScriptState;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.TierPolicy;
import dev.luminara.verify.SandboxProblem;
import dev.luminara.verify.SandboxResult;
import dev.luminara.verify.ScriptSubmission;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Stage 2: the submission on a fork of the world. Other scripts are paused on the fork so that what happens is the
 * submission's doing; the script is attached to its targets (or to a probe entity) and a fresh host, every tier
 * sandboxed and the budgets counted over the whole run, runs only the script stage for N frames.
 */
public final class SandboxRunner {
    public static final String PROBE_NAME = "verify_probe";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int LOG_LINES = 50;

    private final List<ApiModule> modules;
    private final List<ServiceLoader.Provider<ScriptRuntime>> runtimes;
    private final ScriptSources base;
    private final SandboxConfig config;

    /** @param runtimes found once with {@link ServiceLoader} (looking them up for every run costs more than a frame) */
    public SandboxRunner(
            List<ApiModule> modules,
            List<ServiceLoader.Provider<ScriptRuntime>> runtimes,
            ScriptSources base,
            SandboxConfig config) {
        this.modules = List.copyOf(modules);
        this.runtimes = List.copyOf(runtimes);
        this.base = base;
        this.config = config.withWindow(BudgetWindow.RUN);
    }

    /** What a run left behind: the fork (to diff), the tick before anything was changed on it, and the result. */
    public static final class Run implements AutoCloseable {
        public final World fork;
        public final long mark;
        public final Entity probe;
        public final List<Entity> paused;
        public final SandboxResult result;
        public final long forkNanos;
        public final long runNanos;
        private final ScriptHost host;

        Run(
                World fork,
                long mark,
                Entity probe,
                List<Entity> paused,
                SandboxResult result,
                long forkNanos,
                long runNanos,
                ScriptHost host) {
            this.fork = fork;
            this.mark = mark;
            this.probe = probe;
            this.paused = paused;
            this.result = result;
            this.forkNanos = forkNanos;
            this.runNanos = runNanos;
            this.host = host;
        }

        /** Closes the fork's host (its {@code on_destroy} hooks run on the fork, which is then dropped). */
        @Override
        public void close() {
            host.close();
        }
    }

    public Run run(World live, ScriptSubmission s, List<Entity> targets, int frames) {
        long t0 = System.nanoTime();
        World fork = live.fork();
        long forkNanos = System.nanoTime() - t0;
        fork.findResource(ScriptHost.class).ifPresent(h -> fork.removeResource(ScriptHost.class));
        long mark = fork.checkpoint();
        List<Entity> paused = new ArrayList<>();
        if (fork.components().has("Script")) {
            List<Map.Entry<Entity, ScriptComponent>> running = new ArrayList<>();
            fork.query(ScriptComponent.class).forEach(ScriptComponent.class, (e, c) -> {
                if (c.enabled() && !targets.contains(e)) running.add(Map.entry(e, c));
            });
            for (var r : running) {
                fork.set(r.getKey(), r.getValue().withEnabled(false));
                paused.add(r.getKey());
            }
        }
        Entity probe = null;
        List<Entity> attached = targets;
        if (targets.isEmpty()) {
            probe = fork.spawn(new Name(PROBE_NAME), Transform.IDENTITY);
            attached = List.of(probe);
        }
        ScriptId id = ScriptId.of(s.path());
        byte[] code = s.code();
        List<String> log = new ArrayList<>();
        ScriptingPlugin.Builder b = ScriptingPlugin.builder()
                .sandbox(config)
                .tiers(TierPolicy.ALL_SANDBOXED)
                .sources(sid -> sid.equals(id) ? Optional.of(code.clone()) : base.read(sid))
                .listener(new ScriptListener() {
                    @Override
                    public void logged(ScriptId script, Entity entity, String level, String message) {
                        if (log.size() < LOG_LINES) log.add(level + " " + script + " (" + entity + "): " + message);
                    }
                });
        modules.forEach(b::module);
        runtimes.forEach(p -> b.runtime(p.get()));
        ScriptHost host = b.buildHost(fork);
        for (Entity e : attached) fork.set(e, ScriptComponent.of(s.path()));

        long r0 = System.nanoTime();
        long total = 0, max = 0;
        int run = 0;
        for (; run < frames; run++) {
            Time t = fork.findResource(Time.class).orElse(Time.start(60));
            double d = t.paused() ? 0 : t.fixedDelta() * t.scale();
            fork.insertResource(new Time(t.frame() + 1, d, t.elapsed() + d, t.hz(), t.scale(), t.paused()));
            fork.updateEvents();
            long c0 = THREADS.getCurrentThreadCpuTime();
            host.update();
            fork.applyCommands();
            long spent = THREADS.getCurrentThreadCpuTime() - c0;
            if (run > 0) total += spent; // the first frame loads and compiles the script and runs on_start
            max = Math.max(max, spent);
            if (allStopped(host, attached)) {
                run++;
                break;
            }
        }
        long runNanos = System.nanoTime() - r0;
        ScriptReport report = host.report();
        List<SandboxProblem> errors = new ArrayList<>(), limits = new ArrayList<>();
        for (ScriptError e : report.errors()) {
            if (!e.script().equals(id)) continue;
            (e.limit() != null ? limits : errors).add(SandboxProblem.of(e));
        }
        SandboxResult result = new SandboxResult(
                run,
                errors,
                limits,
                report.entitiesSpawned(),
                report.apiCalls(),
                report.callsByFunction(),
                run <= 1 ? max / 1e6 : total / 1e6 / (run - 1),
                max / 1e6,
                log);
        return new Run(fork, mark, probe, paused, result, forkNanos, runNanos, host);
    }

    private static boolean allStopped(ScriptHost host, List<Entity> attached) {
        for (Entity e : attached) {
            Optional<ScriptState> state = host.state(e);
            if (state.isEmpty() || !(state.get() instanceof ScriptState.Error)) return false;
        }
        return true;
    }
}
