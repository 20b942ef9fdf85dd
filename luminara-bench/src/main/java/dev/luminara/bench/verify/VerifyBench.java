package dev.luminara.bench.verify;

import dev.luminara.ai.intent.EntityReference;
import dev.luminara.bench.Goal;
import dev.luminara.core.World;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.verify.CodeVerifier;
import dev.luminara.verify.ScriptSubmission;
import dev.luminara.verify.StaticIssue;
import dev.luminara.verify.VerificationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verification pipeline for a 100-line script ({@link VerifyBenchScript#GUARD}) attached to the player of a
 * 10,000-entity game, against the baseline of one plain frame of that game ({@code app.step()}: scripts, physics,
 * transform propagation, spatial index, audio). {@code verify1Frame} is the whole pipeline with one simulated frame
 * (goal: under 10 frames), the script's static analysis cached from the first call as when an agent resubmits it or
 * applies what it verified; {@code verify1FrameNewSource} with a source not seen before (the same goal: the issue asks
 * it of a script the verifier has never seen); {@code verify10Frames} with ten; {@code staticAnalysis} and
 * {@code fork} are its stages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VerifyBench {
    static final int ENTITIES = 10_000;

    GameRuntime game;
    World world;
    CodeVerifier oneFrame;
    CodeVerifier tenFrames;
    ScriptSubmission submission;
    long edits;

    /** The benchmark script with a new trailing comment: a source the verifier has not analysed yet. */
    private ScriptSubmission edited() {
        return ScriptSubmission.lua(
                submission.path(), VerifyBenchScript.GUARD + "\n-- edit " + edits++, submission.attachTo());
    }

    @Setup
    public void setUp() {
        game = VerifyBenchWorld.build(ENTITIES, 42);
        world = game.world();
        oneFrame = CodeVerifier.builder().frames(1).build();
        tenFrames = CodeVerifier.builder().frames(10).build();
        submission = ScriptSubmission.lua(
                "behaviors/guard.lua", VerifyBenchScript.GUARD, List.of(new EntityReference.ByName("player")));
        VerificationResult r = oneFrame.verify(submission, world);
        if (!r.passed()) throw new IllegalStateException("the benchmark script must pass:\n" + r.toText());
    }

    @TearDown
    public void tearDown() {
        game.close();
    }

    /** Baseline: one plain frame of the game. */
    @Benchmark
    public long baselinePlainFrame() {
        game.app().step();
        return game.app().frame();
    }

    @Benchmark
    @Goal(max = 10)
    public VerificationResult verify1Frame() {
        return oneFrame.verify(submission, world);
    }

    /** Each call a source not seen before, so the static analysis runs (the other verifications hit its cache). */
    @Benchmark
    @Goal(max = 10)
    public VerificationResult verify1FrameNewSource() {
        return oneFrame.verify(edited(), world);
    }

    @Benchmark
    public VerificationResult verify10Frames() {
        return tenFrames.verify(submission, world);
    }

    @Benchmark
    public List<StaticIssue> staticAnalysis() {
        return oneFrame.analyze(edited());
    }

    @Benchmark
    public World fork() {
        return world.fork();
    }
}
