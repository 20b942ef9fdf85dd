package dev.luminara.cli;

import dev.luminara.core.app.App;
import dev.luminara.core.audio.AudioRecorder;
import dev.luminara.runtime.GameRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara run <scene>}: loads a scene into an app with the default plugins and simulates it. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Load a scene and simulate it with the default plugins, headless (as fast as possible) or in real time.",
            "Prints one status line per simulated second: time, frame, entities, mean ms per frame.",
            "Exits 1 when a script failed during the run (except with --watch, where errors are expected while"
                    + " editing and are reported as they happen)."
        })
final class RunCommand implements Callable<Integer> {
    static final long DEFAULT_HEADLESS_FRAMES = 600;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene>", description = "Scene file (luminara.scene/1 JSON).")
    Path scene;

    @Option(
            names = "--frames",
            paramLabel = "N",
            description = "Frames to simulate (default: " + DEFAULT_HEADLESS_FRAMES
                    + " headless, until interrupted with --realtime).")
    Long frames;

    @Option(
            names = "--hz",
            paramLabel = "HZ",
            defaultValue = "60",
            description = "Fixed steps per simulated second (default: ${DEFAULT-VALUE}).")
    double hz;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seed of the game's random source (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--realtime", description = "Pace the simulation against the wall clock instead of headless.")
    boolean realtime;

    @Option(
            names = "--audio-out",
            paramLabel = "WAV",
            description = "Mix the run's sound offline into this WAV file (44.1 kHz, 16-bit stereo; no sound device).")
    Path audioOut;

    @Option(
            names = "--watch",
            description =
                    "Reload changed scripts while running (implies --realtime); prints reloads and script errors.")
    boolean watch;

    @Option(
            names = "--scripts",
            paramLabel = "DIR",
            description = "Folder of the scene's Lua and WASM scripts (default: 'scripts' next to the scene).")
    Path scripts;

    @Override
    public Integer call() {
        if (frames != null && frames < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frames must be >= 0, got " + frames);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (watch) realtime = true;
        GameRuntime game = ScriptSupport.game(
                        GameRuntime.builder().hz(hz).seed(seed).scene(scene), scene, scripts, watch, out)
                .build();
        App app = game.app();
        int loaded = app.world().entityCount();
        out.println(String.format(
                Locale.ROOT,
                "loaded %s: %d entities; running %s at %s Hz, seed %d",
                scene,
                loaded,
                describeLength(),
                fmt(hz),
                seed));
        out.flush();
        StatusPrinter status = new StatusPrinter(out);
        app.addFrameListener(status);
        AudioRecorder recorder = audioOut == null ? null : AudioRecorder.record(app, audioOut);
        long start = System.nanoTime();
        if (realtime) {
            if (frames != null) {
                long limit = frames;
                app.addFrameListener((a, nanos) -> {
                    if (a.frame() >= limit) a.stop();
                });
            }
            if (frames == null || frames > 0) app.runRealtime(null);
        } else {
            app.runFrames(frames == null ? DEFAULT_HEADLESS_FRAMES : frames);
        }
        if (recorder != null) recorder.close();
        double wall = (System.nanoTime() - start) / 1e9;
        out.println(String.format(
                Locale.ROOT,
                "done: %d frames (%s simulated s) in %.2f s wall, %d entities, mean %.3f ms/frame",
                status.frames(),
                fmt(status.frames() / hz),
                wall,
                app.world().entityCount(),
                status.meanMillis()));
        if (recorder != null) {
            out.println(String.format(
                    Locale.ROOT,
                    "audio: wrote %s (%.3f s, 44.1 kHz 16-bit stereo, peak %.3f)",
                    audioOut,
                    recorder.seconds(),
                    recorder.peak()));
        }
        long scriptErrors = game.scripts().errorCount();
        out.flush();
        game.close();
        if (scriptErrors > 0 && !watch) {
            // the run went on around the failing scripts, but a batch or CI run must see that they failed
            spec.commandLine()
                    .getErr()
                    .println("luminara run: " + scriptErrors + " script error" + (scriptErrors == 1 ? "" : "s")
                            + " (printed above as \"script error:\"); exit 1");
            return 1;
        }
        return 0;
    }

    private String describeLength() {
        if (realtime) return frames == null ? "in real time until interrupted" : frames + " frames in real time";
        return (frames == null ? DEFAULT_HEADLESS_FRAMES : frames) + " frames headless";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.3f", d);
    }
}
