package dev.luminara.core.app;

import dev.luminara.core.CommandFailure;
import dev.luminara.core.World;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Systems by stage, run in stage order and, within a stage, in the order they were added. Each system's time is
 * recorded; queued commands are applied after each stage (the sync point).
 */
public final class Schedule {
    private final EnumMap<Stage, List<Entry>> stages = new EnumMap<>(Stage.class);
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final List<CommandFailure> lastFailures = new ArrayList<>();

    public Schedule() {
        for (Stage s : Stage.values()) {
            stages.put(s, new ArrayList<>());
        }
    }

    public void add(Stage stage, String name, GameSystem system) {
        if (byName.containsKey(name)) {
            throw new AppException("a system named '" + name + "' is already scheduled");
        }
        Entry e = new Entry(name, stage, system);
        stages.get(stage).add(e);
        byName.put(name, e);
    }

    public boolean remove(String name) {
        Entry e = byName.remove(name);
        return e != null && stages.get(e.stage).remove(e);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Runs every stage once. */
    public void run(World world) {
        lastFailures.clear();
        for (Stage stage : Stage.values()) {
            for (Entry e : stages.get(stage)) {
                long t0 = System.nanoTime();
                e.system.run(world);
                e.record(System.nanoTime() - t0);
            }
            lastFailures.addAll(world.applyCommands());
        }
    }

    /** Commands that failed in the last run, for diagnostics. */
    public List<CommandFailure> lastCommandFailures() {
        return List.copyOf(lastFailures);
    }

    public List<SystemTiming> timings() {
        List<SystemTiming> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Entry e : stages.get(stage)) {
                out.add(new SystemTiming(e.name, e.stage, e.runs, e.last, e.total, e.max));
            }
        }
        return out;
    }

    public void resetTimings() {
        byName.values().forEach(e -> e.runs = e.last = e.total = e.max = 0);
    }

    private static final class Entry {
        final String name;
        final Stage stage;
        final GameSystem system;
        long runs, last, total, max;

        Entry(String name, Stage stage, GameSystem system) {
            this.name = name;
            this.stage = stage;
            this.system = system;
        }

        void record(long nanos) {
            runs++;
            last = nanos;
            total += nanos;
            max = Math.max(max, nanos);
        }
    }
}
