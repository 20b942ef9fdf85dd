package dev.luminara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; every module adds its sub-commands to the list below. */
@Command(
        name = "luminara",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Luminara: an AI-first game runtime for the JVM.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RunCommand.class,
            SceneCommand.class,
            CaptureCommand.class,
            ScriptApiCommand.class,
            CodegenCommand.class,
            ApiCommand.class,
            DigestCommand.class,
            SearchCommand.class,
            TimelineCommand.class,
            McpCommand.class,
            ServeCommand.class,
            VerifyCommand.class
        })
public final class LuminaraCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, shared by {@link Main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LuminaraCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
