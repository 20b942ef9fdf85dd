package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.ai.perf.Measurement;
import dev.luminara.ai.perf.PerformanceAdvisor;
import dev.luminara.ai.perf.PerformanceBudget;
import dev.luminara.ai.project.ProjectLayout;
import dev.luminara.core.Entity;
import dev.luminara.core.json.Json;
import dev.luminara.runtime.GameRuntime;
import dev.luminara.runtime.ScratchApps;
import dev.luminara.script.ScriptLanguage;
import dev.luminara.verify.ApplyResult;
import dev.luminara.verify.ApplyStatus;
import dev.luminara.verify.CodeVerifier;
import dev.luminara.verify.ScriptSubmission;
import dev.luminara.verify.VerificationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara verify <script> --scene <scene>}: the code-verification pipeline, and {@code --apply} to a project. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Verify a generated script against a scene: static analysis, a sandbox run on a fork of the world for"
                    + " --frames frames, and a preview of what it would change. The scene is not changed.",
            "With --apply, verify against a project folder's world and apply it through the timeline (undoable), watch"
                    + " --monitor-frames frames and roll it back automatically if it fails or slows the frame past"
                    + " the budget. Exit 1 when verification fails or the script is rolled back."
        })
final class VerifyCommand implements Callable<Integer> {
    private static final int CALIBRATION_WARMUP = 30, CALIBRATION_FRAMES = 120;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<script>", description = "The script file (.lua or .wasm).")
    Path script;

    @Option(names = "--scene", paramLabel = "FILE", description = "Scene to verify against (not with --apply).")
    Path scene;

    @Option(
            names = "--attach",
            paramLabel = "NAME|ID",
            split = ",",
            description = "Entities to attach the script to, by name or id (12v0); none: a probe entity.")
    List<String> attach = new ArrayList<>();

    @Option(names = "--as", paramLabel = "PATH", description = "Path under the scripts folder (default: file name).")
    String as;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "60", description = "Sandbox frames (default: 60).")
    int frames;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "60", description = "Frame-rate budget (default: 60).")
    double fps;

    @Option(
            names = "--calibrate",
            description = "First measure what this world's entities cost, in scratch copies of the game (a few"
                    + " seconds), so frame-time predictions use measured figures instead of a default.")
    boolean calibrate;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--apply", description = "Apply to the project through the timeline, with monitoring.")
    boolean apply;

    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            description = "Project folder for --apply (default: the current folder).")
    Path project;

    @Option(
            names = "--monitor-frames",
            paramLabel = "M",
            defaultValue = "120",
            description = "Frames watched after --apply (default: 120).")
    int monitorFrames;

    @Override
    public Integer call() throws IOException {
        if (frames < 1) throw usage("--frames must be >= 1, got " + frames);
        if (monitorFrames < 1) throw usage("--monitor-frames must be >= 1, got " + monitorFrames);
        if (!(fps > 0)) throw usage("--fps must be > 0, got " + fps);
        if (apply && scene != null) throw usage("--apply works on a project (-p DIR), not on --scene");
        if (!apply && scene == null) throw usage("--scene is required (or --apply with -p DIR)");
        if (Files.isDirectory(script)) throw usage(script + " is a folder; name a script file (.lua or .wasm)");
        if (!Files.isRegularFile(script)) throw usage("no such script file: " + script);
        ScriptSubmission submission = submission();
        PrintWriter out = spec.commandLine().getOut();
        if (!apply) {
            try (GameRuntime game = GameRuntime.builder().scene(scene).build()) {
                VerificationResult r = verifier(game, advisor(game)).verify(submission, game.world());
                out.println(json ? Json.pretty().writeValueAsString(r) : r.toText());
                out.flush();
                return r.passed() ? 0 : 1;
            }
        }
        Path folder = project == null ? Path.of("") : project;
        ProjectLayout layout = ProjectLayout.of(folder);
        try (GameRuntime game = GameRuntime.builder()
                        .assetRoot(layout.folder())
                        .scriptRoot(layout.scripts())
                        .build();
                AiEngine ai = AiEngine.builder().app(game.app()).project(folder).build()) {
            ai.project().orElseThrow().warnings().forEach(w -> spec.commandLine()
                    .getErr()
                    .println("warning: " + w));
            ApplyResult r = verifier(game, advisor(game)).apply(submission, game, ai);
            if (json) {
                out.println(Json.pretty().writeValueAsString(r));
            } else {
                out.println(r.verification().toText());
                out.println(describe(r));
            }
            out.flush();
            return r.status() == ApplyStatus.APPLIED ? 0 : 1;
        }
    }

    /** With --calibrate, an advisor fitted on scratch copies of the game's world; otherwise none (the default model). */
    private PerformanceAdvisor advisor(GameRuntime game) {
        if (!calibrate) return null;
        PerformanceAdvisor advisor = new PerformanceAdvisor(new PerformanceBudget(fps));
        List<Measurement> ms;
        try (ScratchApps scratch = game.scratchApps()) {
            ms = advisor.calibrate(scratch, game.world(), CALIBRATION_WARMUP, CALIBRATION_FRAMES);
        }
        spec.commandLine()
                .getErr()
                .println(String.format(
                        java.util.Locale.ROOT,
                        "calibrated on %d copies of the world (%d to %d entities): a frame of it now takes %.3f ms",
                        ms.size(),
                        ms.stream().mapToInt(Measurement::entityCount).min().orElse(0),
                        ms.stream().mapToInt(Measurement::entityCount).max().orElse(0),
                        ms.get(0).frameMillis()));
        return advisor;
    }

    private CodeVerifier verifier(GameRuntime game, PerformanceAdvisor advisor) {
        return CodeVerifier.builder()
                .advisor(advisor)
                .frames(frames)
                .monitorFrames(monitorFrames)
                .budget(new PerformanceBudget(fps))
                .scriptRoot(game.scriptRoot().orElse(null))
                // the project is a document, not a running game: its scene file and timeline get the change alone
                .keepSteppedFrames(false)
                .build();
    }

    private ScriptSubmission submission() {
        String path = as != null ? as : script.getFileName().toString();
        List<EntityReference> targets = new ArrayList<>();
        for (String a : attach) {
            String t = a.trim();
            if (t.isEmpty()) continue;
            targets.add(
                    t.matches("\\d+(v\\d+)?")
                            ? new EntityReference.ById(Entity.parse(t))
                            : new EntityReference.ByName(t));
        }
        try {
            byte[] bytes = Files.readAllBytes(script);
            ScriptLanguage language = ScriptLanguage.ofPath(path);
            return language == ScriptLanguage.LUA
                    ? new ScriptSubmission(
                            path, language, new String(bytes, StandardCharsets.UTF_8), null, targets, null)
                    : new ScriptSubmission(path, language, null, bytes, targets, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script + ": " + e.getMessage(), e);
        }
    }

    private static String describe(ApplyResult r) {
        switch (r.status()) {
            case APPLIED:
                return String.format(
                        java.util.Locale.ROOT,
                        "applied as operation #%d; watched %d frames: median %.2f ms (budget %.2f ms)",
                        r.operationId(),
                        r.monitor().frames(),
                        r.monitor().medianFrameMillis(),
                        r.monitor().budgetMillis());
            case ROLLED_BACK:
                return "rolled back (operation #" + r.operationId() + ", rollback #" + r.rollbackOperationId() + "): "
                        + r.reason();
            default:
                return "not applied: " + r.reason();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
