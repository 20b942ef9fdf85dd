package dev.luminara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code luminara api ...}: the LunyScript semantic API: coverage report, graph, contract lock, verb schemas. */
@Command(
        name = "api",
        mixinStandardHelpOptions = true,
        description = "Inspect the LunyScript semantic API described by the descriptors.",
        subcommands = {ApiReportCommand.class, ApiLockCommand.class, ApiSchemaCommand.class})
final class ApiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
