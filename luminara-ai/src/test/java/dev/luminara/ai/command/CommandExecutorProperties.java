package dev.luminara.ai.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.ai.AiJson;
import dev.luminara.ai.testing.CommandOps;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.testing.WorldOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CommandExecutorProperties {
    private static final List<String> SCRIPTS = List.of("a", "b", "c");

    @Provide
    Arbitrary<List<WorldOps.Op>> worlds() {
        return WorldOps.ops(30);
    }

    @Provide
    Arbitrary<List<CommandOps.Op>> commands() {
        return CommandOps.ops(25);
    }

    @Property(tries = 250)
    void applyingCommandsAndTheirInversesRestoresTheWorldAndScriptsExactly(
            @ForAll("worlds") List<WorldOps.Op> setup, @ForAll("commands") List<CommandOps.Op> ops) {
        World world = WorldOps.build(setup);
        ScriptStore scripts = ScriptStore.inMemory();
        scripts.write("a.lua", "-- original a");
        CommandExecutor executor = new CommandExecutor(world, scripts);
        WorldSnapshot before = world.snapshot();
        Map<String, String> scriptsBefore = scripts(scripts);

        List<AppliedCommand> applied = new ArrayList<>();
        for (CommandOps.Op op : ops) {
            EngineCommand command = op.build(world);
            if (command == null) continue;
            WorldSnapshot beforeThis = world.snapshot();
            Map<String, String> scriptsBeforeThis = scripts(scripts);
            try {
                applied.add(executor.apply(command));
            } catch (CommandException | ScriptStoreException e) {
                // a refused command changes nothing
                assertThat(world.snapshot().sameContent(beforeThis))
                        .as("refused %s changed the world", command)
                        .isTrue();
                assertThat(scripts(scripts)).isEqualTo(scriptsBeforeThis);
            }
        }
        // inverses survive their JSON form, as the timeline stores them
        List<EngineCommand> undo = new ArrayList<>();
        for (EngineCommand inverse : CommandExecutor.inverses(applied)) {
            undo.add(AiJson.read(AiJson.write(inverse), EngineCommand.class));
        }
        executor.applyAll(undo);
        assertThat(world.snapshot().sameContent(before))
                .as("world after undo:\n%s", WorldOps.describe(world))
                .isTrue();
        assertThat(scripts(scripts)).isEqualTo(scriptsBefore);
    }

    @Property(tries = 150)
    void redoingTheAppliedCommandsReachesTheSameStateAgain(
            @ForAll("worlds") List<WorldOps.Op> setup, @ForAll("commands") List<CommandOps.Op> ops) {
        World world = WorldOps.build(setup);
        CommandExecutor executor = new CommandExecutor(world, ScriptStore.inMemory());
        List<AppliedCommand> applied = new ArrayList<>();
        for (CommandOps.Op op : ops) {
            EngineCommand command = op.build(world);
            if (command == null) continue;
            try {
                applied.add(executor.apply(command));
            } catch (CommandException | ScriptStoreException ignored) {
                // refused commands are covered by the property above
            }
        }
        WorldSnapshot after = world.snapshot();
        executor.applyAll(CommandExecutor.inverses(applied));
        List<EngineCommand> redo = new ArrayList<>();
        for (EngineCommand c : CommandExecutor.commands(applied)) {
            redo.add(AiJson.read(AiJson.write(c), EngineCommand.class));
        }
        executor.applyAll(redo);
        assertThat(world.snapshot().sameContent(after)).isTrue();
    }

    private static Map<String, String> scripts(ScriptStore store) {
        Map<String, String> out = new TreeMap<>();
        for (String s : SCRIPTS) {
            store.readBytes(s + ".lua").ifPresent(bytes -> out.put(s, CommandOps.content(bytes)));
        }
        return out;
    }
}
