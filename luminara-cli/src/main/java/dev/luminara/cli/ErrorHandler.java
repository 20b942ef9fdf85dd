package dev.luminara.cli;

import dev.luminara.core.CoreException;
import dev.luminara.core.schema.Suggest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * How the CLI reports failure: one line on stderr, prefixed with the command, and no stack trace unless
 * {@code --verbose} was given. Engine errors (any subsystem's exception) already name file, line, entity and field; other
 * exceptions are shown with their type. Exit codes: 1 for a failed command, 2 for a usage error.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String message = isEngineError(ex) || ex.getMessage() == null
                ? String.valueOf(ex.getMessage())
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(message));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = oneLine(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !cmd.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            // "Unmatched argument at index 0" says nothing to someone who mistyped a command
            String word = u.getUnmatched().get(0);
            List<String> commands = new ArrayList<>(cmd.getSubcommands().keySet());
            commands.remove("help");
            message = "unknown command '" + word + "'" + Suggest.didYouMean(word, commands) + "; commands: "
                    + String.join(", ", commands);
        }
        cmd.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return USAGE;
    }

    /**
     * Every subsystem's exception root ({@code CoreException}, {@code ScriptException}, {@code LunyScriptException},
     * {@code RenderException}, ...) words its message for the user, naming the input that was wrong.
     */
    private static boolean isEngineError(Exception ex) {
        return ex instanceof CoreException || ex.getClass().getName().startsWith("dev.luminara.");
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    private static String oneLine(String message) {
        return message.replace("\r", "").replace('\n', ' ').strip();
    }
}
