package dev.luminara.cli;

import dev.luminara.core.ComponentRegistry;
import dev.luminara.runtime.GameRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code luminara scene ...}: scene files and the component schemas they are checked against. */
@Command(
        name = "scene",
        mixinStandardHelpOptions = true,
        description = "Work with scene files and component schemas.",
        subcommands = {SceneValidateCommand.class, SceneSchemaCommand.class})
final class SceneCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The component types a game run with the assembled runtime knows (core, scripting): what scenes are validated against. */
    static ComponentRegistry defaultRegistry() {
        try (GameRuntime game = GameRuntime.builder().build()) {
            return game.world().components();
        }
    }
}
