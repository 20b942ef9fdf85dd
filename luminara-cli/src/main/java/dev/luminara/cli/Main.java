package dev.luminara.cli;

/** Entry point of the {@code luminara} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(LuminaraCommand.commandLine().execute(args));
    }
}
