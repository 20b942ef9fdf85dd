package dev.luminara.ai.timeline;

import dev.luminara.ai.command.CommandExecutor;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.ai.command.ScriptStore;
import dev.luminara.core.World;
import dev.luminara.core.math.Vec3;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link TimelineCrashTest}: opens a timeline and records operations until it has {@code total},
 * printing {@code ack <id> <n>} after each {@link OperationTimeline#apply} returns, until it is killed.
 */
public final class CrashRecorder {
    private CrashRecorder() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        World world = new World();
        try (OperationTimeline timeline = OperationTimeline.open(
                db, new CommandExecutor(world, ScriptStore.inMemory()), TimelineOptions.DEFAULT)) {
            out.println("ready " + timeline.size());
            out.flush();
            for (int n = timeline.size() + 1; n <= total; n++) {
                EngineCommand spawn = new EngineCommand.SpawnEntity(
                        null, new EntityTemplate("e" + n, List.of("crash"), Map.of()), new Vec3(n, 0, 0), null);
                Operation op = timeline.apply("op " + n, "", List.of(spawn), List.of());
                out.println("ack " + op.id() + " " + n);
                out.flush();
            }
            out.println("done");
            out.flush();
        }
    }
}
