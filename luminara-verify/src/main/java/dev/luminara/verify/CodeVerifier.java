package dev.luminara.verify;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.generated.GeneratedVerbs;
import dev.luminara.lunyscript.luminara.CoreVerbs;
import dev.luminara.lunyscript.trace.Tracer;
import dev.luminara.lunyscript.verb.VerbTable;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ApiRegistry;
import dev.luminara.script.BudgetWindow;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptLanguage;
import dev.luminara.script.ScriptRuntime;
import dev.luminara.script.ScriptSources;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.verify.internal.Advice;
import dev.luminara.verify.internal.AnalysisCache;
import dev.luminara.verify.internal.ApiCatalog;
import dev.luminara.verify.internal.Applier;
import dev.luminara.verify.internal.DiffBuilder;
import dev.luminara.verify.internal.FramePrediction;
import dev.luminara.verify.internal.LuaAnalyzer;
import dev.luminara.verify.internal.LuaFacts;
import dev.luminara.verify.internal.RootSources;
import dev.luminara.verify.internal.SandboxRunner;
import dev.luminara.verify.internal.Targets;
import dev.luminara.verify.internal.WasmAnalyzer;
import dev.luminara.verify.internal.WorldChecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The code-verification pipeline for generated scripts: static analysis, a sandbox run on a fork of the world, a
 * dry-run diff, and apply through the operation timeline with monitoring and automatic rollback.
 *
 * <pre>{@code
 * CodeVerifier verifier = CodeVerifier.builder().frames(60).budget(new PerformanceBudget(60)).build();
 * VerificationResult r = verifier.verify(ScriptSubmission.lua("spin.lua", source, tower), world); // world untouched
 * ApplyResult a = verifier.apply(submission, game, ai);   // timeline operation; rolled back if it misbehaves
 * }</pre>
 *
 * Not thread-safe with respect to the world: call {@link #verify} on the thread that runs the game, between frames
 * ({@code app.call(w -> verifier.verify(s, w))}). The verifier itself holds no per-call state beyond a cache of
 * recent static analyses (thread-safe), and may be shared.
 */
public final class CodeVerifier {
    /** The sandbox the verifier runs scripts in unless configured: the game's limits, counted over the whole run. */
    public static final SandboxConfig DEFAULT_SANDBOX =
            new SandboxConfig(Duration.ofMillis(250), 64L << 20, 100, 100_000, 5_000_000, BudgetWindow.RUN);

    private final Builder config;
    private final List<ApiModule> modules;
    private final ApiCatalog catalog;
    private final ScriptSources root;
    private final SandboxRunner runner;
    /** Static analyses of recent Lua sources (an agent resubmits, verify then apply analyses twice). */
    private final AnalysisCache analyses = new AnalysisCache(32);

    private CodeVerifier(Builder b) {
        this.config = b;
        Descriptor descriptor = DescriptorLoader.builtIn();
        List<ApiModule> all = new ArrayList<>(CoreVerbs.generated(descriptor, Tracer.OFF));
        all.addAll(b.modules);
        this.modules = List.copyOf(all);
        List<ServiceLoader.Provider<ScriptRuntime>> runtimes =
                ServiceLoader.load(ScriptRuntime.class).stream().toList();
        this.root = b.scriptRoot == null ? id -> Optional.empty() : new RootSources(b.scriptRoot);
        this.runner = new SandboxRunner(modules, runtimes, root, b.sandbox);
        ScriptingPlugin.Builder host = ScriptingPlugin.builder().sources(id -> Optional.empty());
        modules.forEach(host::module);
        ApiRegistry api;
        try (ScriptHost probe = host.buildHost(new World())) {
            api = probe.api().copy();
        }
        this.catalog = new ApiCatalog(api, GeneratedVerbs.register(new VerbTable(), descriptor));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every function scripts may call, as the sandbox (and a game built by {@code GameRuntime}) registers them. */
    public ApiRegistry api() {
        return catalog.api();
    }

    public SandboxConfig sandboxConfig() {
        return config.sandbox;
    }

    /** Stage 1 alone, without a world: syntax, names, API calls, hooks; WASM validation and imports. */
    public List<StaticIssue> analyze(ScriptSubmission submission) {
        return staticStage(submission).issues();
    }

    /**
     * Runs the pipeline against {@code world} without changing it: static analysis; unless that found errors, the
     * script on a fork for the submission's frames (or the configured number); the diff of the fork against the world.
     *
     * @throws UnresolvedTargetException when a target reference matches nothing (nothing was run)
     */
    public VerificationResult verify(ScriptSubmission submission, World world) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(world, "world");
        long t0 = System.nanoTime();
        List<Entity> targets = Targets.resolve(world, submission.attachTo());
        LuaFacts facts = staticStage(submission);
        List<StaticIssue> issues = new ArrayList<>(facts.issues());
        issues.addAll(WorldChecks.check(world, submission.path(), facts, targets));
        long t1 = System.nanoTime();
        int frames = submission.frames() != null ? submission.frames() : config.frames;
        if (issues.stream().anyMatch(i -> i.severity() == IssueSeverity.ERROR)) {
            List<String> suggestions = Advice.of(issues, null, config.sandbox, targets.size(), null, 0);
            double st = (t1 - t0) / 1e6;
            return new VerificationResult(
                    false, Stage.STATIC, issues, null, null, suggestions, new StageTimings(st, 0, 0, 0, st));
        }
        SandboxResult sandbox;
        DiffPreview preview;
        long forkNanos, runNanos, t2, t3;
        long ts = System.nanoTime();
        try (SandboxRunner.Run run = runner.run(world, submission, targets, frames)) {
            t2 = System.nanoTime();
            sandbox = run.result;
            forkNanos = run.forkNanos;
            runNanos = t2 - ts - forkNanos; // the fresh host, attaching and the frames
            preview = DiffBuilder.diff(world, run, targets, submission.path(), sandbox.frames());
            t3 = System.nanoTime();
        }
        long spawns = Math.max(
                WorldChecks.predictedSpawns(facts, Math.max(1, targets.size()), frames), sandbox.entitiesSpawned());
        FramePrediction prediction = FramePrediction.of(
                world, config.advisor, config.budget, spawns, sandbox.frames() >= 2 ? sandbox.meanScriptMillis() : 0);
        List<String> suggestions = Advice.of(issues, sandbox, config.sandbox, targets.size(), prediction, spawns);
        boolean passed = sandbox.clean();
        double total = (System.nanoTime() - t0) / 1e6; // also closing the fork's host and writing the advice
        return new VerificationResult(
                passed,
                passed ? null : Stage.SANDBOX,
                issues,
                sandbox,
                preview,
                suggestions,
                new StageTimings((t1 - t0) / 1e6, forkNanos / 1e6, runNanos / 1e6, (t3 - t2) / 1e6, total));
    }

    /**
     * Verifies against the game's world, then applies: the script file through the script commands (a Lua script as
     * its text, a WASM module as its exact bytes) and a {@code Script} component on each target, as one timeline
     * operation (undoable like any other: undo puts back the file's previous bytes, or its absence); steps the game
     * for the monitor frames, watching the script's errors and the frame time against the budget; and, if it
     * misbehaves, restores the world to its state before the apply and records the rollback, with the reason, as a
     * further operation tagged {@code rollback-of:<id>}.
     *
     * <p>The game is stepped from the calling thread ({@code game.app().step()}): use it on a game that is not being
     * run by another thread at the same time (edit mode, the CLI, a paused game).
     *
     * @param ai the AI engine over {@code game}'s app, with a project or timeline file
     * @throws ApplyRefusedException when there is no timeline, or {@code ai} is not over the game's world
     */
    public ApplyResult apply(ScriptSubmission submission, GameRuntime game, AiEngine ai) {
        Objects.requireNonNull(submission, "submission");
        var timeline = ai.timeline()
                .orElseThrow(() -> new ApplyRefusedException(
                        "cannot apply " + submission.path() + ": the AI engine has no timeline to record it on"));
        if (ai.world() != game.world()) {
            throw new ApplyRefusedException("cannot apply " + submission.path()
                    + ": the AI engine is not over the game's world (build it with .app(game.app()))");
        }
        VerificationResult verification = game.app().call(w -> verify(submission, w));
        if (!verification.passed()) {
            return new ApplyResult(
                    ApplyStatus.REFUSED,
                    "verification failed at " + verification.failedStage(),
                    -1,
                    -1,
                    verification,
                    null);
        }
        return new Applier(
                        config.budget,
                        config.monitorFrames,
                        config.baselineFrames,
                        config.regressionFactor,
                        config.keepSteppedFrames)
                .apply(submission, game, ai, timeline, verification);
    }

    /** The hooks a submission defines (static): what a caller can show without running it. */
    public Set<String> hooks(ScriptSubmission submission) {
        return new TreeSet<>(staticStage(submission).hooks());
    }

    private LuaFacts staticStage(ScriptSubmission s) {
        if (s.language() == ScriptLanguage.WASM) {
            Set<String> hooks = new TreeSet<>();
            List<StaticIssue> issues =
                    new WasmAnalyzer(catalog, config.sandbox.maxMemory()).analyze(s.path(), s.wasm(), hooks);
            return new LuaFacts(issues, hooks, List.of(), null, List.of());
        }
        return analyses.get(
                s.path(),
                s.source(),
                root instanceof RootSources r ? r::hasModule : null,
                (moduleExists, source) -> new LuaAnalyzer(catalog, moduleExists).analyze(s.path(), source));
    }

    /** Configures a {@link CodeVerifier}; every setting has a default. */
    public static final class Builder {
        private SandboxConfig sandbox = DEFAULT_SANDBOX;
        private int frames = 60;
        private PerformanceBudget budget = PerformanceBudget.FPS_60;
        private PerformanceAdvisor advisor;
        private Path scriptRoot;
        private final List<ApiModule> modules = new ArrayList<>();
        private int monitorFrames = 120;
        private int baselineFrames = 30;
        private double regressionFactor = 1.5;
        private boolean keepSteppedFrames = true;

        private Builder() {}

        /** The limits the sandbox run uses; the call and spawn budgets are always counted over the whole run. */
        public Builder sandbox(SandboxConfig config) {
            this.sandbox = Objects.requireNonNull(config, "config").withWindow(BudgetWindow.RUN);
            return this;
        }

        /** Frames simulated on the fork when the submission does not say (default 60). */
        public Builder frames(int n) {
            if (n < 1) throw new IllegalArgumentException("frames must be >= 1, got " + n);
            this.frames = n;
            return this;
        }

        /** The frame rate to hold (default 60 fps): predictions and monitoring compare against it. */
        public Builder budget(PerformanceBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** A calibrated advisor makes frame-time predictions use its fitted costs. */
        public Builder advisor(PerformanceAdvisor advisor) {
            this.advisor = advisor;
            return this;
        }

        /** Where {@code require}d modules and other scripts are read from (the game's scripts folder). */
        public Builder scriptRoot(Path root) {
            this.scriptRoot = root;
            return this;
        }

        /** An API module beyond the built-in ones and the LunyScript verbs (it must also be in the game). */
        public Builder module(ApiModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Frames the live game is watched for after an apply (default 120). */
        public Builder monitorFrames(int n) {
            if (n < 1) throw new IllegalArgumentException("monitorFrames must be >= 1, got " + n);
            this.monitorFrames = n;
            return this;
        }

        /** Frames stepped just before an apply to measure the frame time it is compared with (default 30; 0: none). */
        public Builder baselineFrames(int n) {
            if (n < 0) throw new IllegalArgumentException("baselineFrames must be >= 0, got " + n);
            this.baselineFrames = n;
            return this;
        }

        /**
         * How much slower than the baseline the median frame after an apply may be, when it is also over the budget,
         * before it counts as a regression (default 1.5).
         */
        public Builder regressionFactor(double factor) {
            if (!(factor >= 1)) throw new IllegalArgumentException("regressionFactor must be >= 1, got " + factor);
            this.regressionFactor = factor;
            return this;
        }

        /**
         * Whether the frames an apply steps (baseline and watch) stay in the world (default true: a live game plays
         * on). False for a world that is a document, as {@code luminara verify --apply} opens a project: the world is
         * put back to its state before the baseline frames, and after the watch to its state right after the apply,
         * so the timeline and the scene file hold the change alone, without the simulation it was measured with.
         */
        public Builder keepSteppedFrames(boolean keep) {
            this.keepSteppedFrames = keep;
            return this;
        }

        public CodeVerifier build() {
            return new CodeVerifier(this);
        }
    }
}
