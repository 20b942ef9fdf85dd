package dev.luminara.bench.script;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.app.Time;
import dev.luminara.core.component.Transform;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptListener;
import dev.luminara.script.ScriptingPlugin;
import dev.luminara.script.lua.LuaRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Hot-reload latency, from the moment a script file is written to the first frame in which its new version runs:
 * a host watches a temporary script folder (the core's DirectoryWatcher, 50 ms quiet period) and steps a frame every
 * millisecond, as a game loop at 1 kHz would; the new version logs its number from {@code on_update}. Prints p50, p95
 * and max over the samples.
 *
 * <p>{@code java -cp luminara-bench/target/benchmarks.jar dev.luminara.bench.script.HotReloadLatency [samples]}
 */
public final class HotReloadLatency {
    private HotReloadLatency() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("luminara-reload");
        Path file = dir.resolve("live.lua");
        Files.writeString(file, version(0));
        AtomicLong seen = new AtomicLong(-1);
        World world = new World();
        world.insertResource(Time.start(60));
        Entity e = world.spawn(Transform.IDENTITY, ScriptComponent.of("live.lua"));
        List<Double> millis = new ArrayList<>();
        try (ScriptHost host = ScriptingPlugin.builder()
                .scriptRoot(dir)
                .hotReload(true)
                .runtime(new LuaRuntime())
                .listener(new ScriptListener() {
                    @Override
                    public void logged(ScriptId script, Entity entity, String level, String message) {
                        seen.set(Long.parseLong(message));
                    }
                })
                .buildHost(world)) {
            host.update();
            for (int v = 1; v <= samples + 5; v++) {
                Thread.sleep(120); // let the previous save's quiet period pass, as between two real edits
                long t0 = System.nanoTime();
                Files.writeString(file, version(v));
                while (seen.get() != v) {
                    host.update();
                    Thread.sleep(1);
                    if (System.nanoTime() - t0 > 5_000_000_000L) throw new IllegalStateException("reload never ran");
                }
                if (v > 5) millis.add((System.nanoTime() - t0) / 1e6); // the first few warm the JIT
            }
            if (!host.state(e).orElseThrow().label().equals("Running")) throw new IllegalStateException("not running");
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        millis.sort(null);
        System.out.println(String.format(
                Locale.ROOT,
                "hot reload, file write -> new code running: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms",
                millis.size(),
                pct(millis, 0.50),
                pct(millis, 0.95),
                millis.get(millis.size() - 1)));
    }

    private static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String version(int v) throws IOException {
        return "return { reload = 'PreserveState', on_update = function() log.info('" + v + "') end }\n";
    }
}
