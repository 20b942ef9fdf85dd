package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.intent.AiIntent;
import dev.luminara.ai.perf.Measurement;
import dev.luminara.ai.perf.PerformanceContext;
import dev.luminara.ai.perf.PerformanceImpact;
import dev.luminara.core.World;
import dev.luminara.core.input.InputException;
import dev.luminara.core.input.InputMap;
import dev.luminara.core.input.InputSource;
import dev.luminara.core.input.SimulatedInput;
import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.Scenes;
import dev.luminara.runtime.ScratchApps;
import java.util.List;
import java.util.Locale;

/** The simulation (play, pause, step), scripted input for playtests, and performance. */
final class SimTools {
    private SimTools() {}

    static List<ToolSpec> all(EngineHost host) {
        return List.of(
                play(host),
                pause(host),
                step(host).withOutput(Schema.simOutput()),
                input(host),
                estimate(host),
                report(host),
                calibrate(host));
    }

    private static Reply state(EngineHost host) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("frame", host.frame());
        o.put("playing", host.playing());
        return Reply.of(
                (host.playing() ? "playing" : "paused") + " at frame "
                        + o.get("frame").asLong(),
                o);
    }

    static ToolSpec play(EngineHost host) {
        return ToolSpec.changing("sim_play", "Runs the simulation in real time.", Schema.object(), (a, c) -> {
            a.only();
            host.play();
            return state(host);
        });
    }

    static ToolSpec pause(EngineHost host) {
        return ToolSpec.changing("sim_pause", "Pauses the simulation.", Schema.object(), (a, c) -> {
            a.only();
            host.pause();
            return state(host);
        });
    }

    static ToolSpec step(EngineHost host) {
        Schema in = Schema.object().integer("frames", "default 1", 1, 3600, false);
        return ToolSpec.changing("sim_step", "Pauses, then simulates N fixed steps.", in, (a, c) -> {
            a.only("frames");
            host.step(a.integer("frames", 1, 3600, 1));
            return state(host);
        });
    }

    static ToolSpec input(EngineHost host) {
        Schema in = Schema.object()
                .array(
                        "events",
                        "{type:press,control,frame,frames?} or {type:axis,control,value,from,to}; frames relative to now",
                        Schema.type("object"),
                        1000,
                        true)
                .integer("run", "then simulate this many frames", 0, 3600, false);
        return ToolSpec.changing(
                "input_simulate", "Scripted input for playtesting (replaces any previous script).", in, (a, c) -> {
                    a.only("events", "run");
                    String json = a.array("events", 1000).toString();
                    int run = a.integer("run", 0, 3600, 0);
                    long frame = host.frame();
                    SimulatedInput script;
                    try {
                        InputMap map =
                                host.call(w -> w.findResource(InputMap.class).orElse(null));
                        script = SimulatedInput.parse(json, "events", map).shiftedBy(frame + 1);
                    } catch (InputException e) {
                        throw new InvalidArgumentException("events", e.getMessage());
                    }
                    SimulatedInput installed = script;
                    host.call(w -> {
                        w.insertResource(InputSource.class, installed);
                        return null;
                    });
                    if (run > 0) host.step(run);
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("events", script.events().size());
                    o.put("startFrame", frame + 1);
                    o.put("endFrame", script.endFrame());
                    o.put("frame", host.frame());
                    return Reply.json(o);
                });
    }

    static ToolSpec estimate(EngineHost host) {
        Schema in = Schema.object().obj("intent", "as for intent_apply", true);
        return ToolSpec.reading(
                "perf_estimate", "Predicts an intent's frame-time impact before applying it.", in, (a, c) -> {
                    a.only("intent");
                    AiIntent intent = SceneTools.readIntent(a.object("intent"));
                    PerformanceImpact impact = host.ai().estimateImpact(intent);
                    return Reply.of(impact.message(), AiJson.tree(impact));
                });
    }

    static ToolSpec report(EngineHost host) {
        return ToolSpec.reading(
                "perf_report", "Current frame time, budget and costliest components.", Schema.object(), (a, c) -> {
                    a.only();
                    PerformanceContext p = host.call(w -> host.ai().advisor().generateContext(w));
                    return Reply.json(AiJson.tree(p));
                });
    }

    static ToolSpec calibrate(EngineHost host) {
        Schema in = Schema.object()
                .integer("frames", "frames measured per copy (default 120)", 12, 2000, false)
                .integer("warmup", "frames run first on each copy (default 30)", 0, 1000, false);
        return ToolSpec.reading(
                "perf_calibrate",
                "Measures what the world's entities cost, on scratch copies of the game (the game itself is not"
                        + " stepped), so perf_estimate and script_verify predict from measured figures.",
                in,
                (a, c) -> {
                    a.only("frames", "warmup");
                    int frames = a.integer("frames", 12, 2000, 120);
                    int warmup = a.integer("warmup", 0, 1000, 30);
                    // the world is copied between frames; the measuring runs off the game's loop
                    Scene copy = host.call(w -> Scenes.capture(w, "calibration"));
                    List<Measurement> ms;
                    try (ScratchApps scratch = host.game().scratchApps()) {
                        World source = scratch.get().world();
                        Scenes.instantiate(copy, source);
                        ms = host.ai().advisor().calibrate(scratch, source, warmup, frames);
                    }
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.set("measurements", AiJson.tree(ms));
                    o.set(
                            "componentNanos",
                            AiJson.tree(host.ai().advisor().model().componentNanos()));
                    o.put("baseFrameMillis", ms.get(0).frameMillis());
                    return Reply.of(
                            String.format(
                                    Locale.ROOT,
                                    "calibrated on %d copies of the world (%d to %d entities); a frame of it takes"
                                            + " %.3f ms",
                                    ms.size(),
                                    ms.get(0).entityCount(),
                                    ms.stream()
                                            .mapToInt(Measurement::entityCount)
                                            .max()
                                            .orElse(0),
                                    ms.get(0).frameMillis()),
                            o);
                });
    }
}
