package dev.luminara.cli;

import dev.luminara.mcp.LuminaraMcp;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** What {@code mcp} and {@code serve} open: a folder is a project, a file a scene; both as temporary working copies. */
final class McpTarget {
    private McpTarget() {}

    static LuminaraMcp.Builder builder(Path target, CommandLine cl, boolean inPlace) {
        if (!Files.exists(target)) {
            throw new CommandLine.ParameterException(cl, target + ": no such scene file or project folder");
        }
        LuminaraMcp.Builder b = LuminaraMcp.builder();
        if (Files.isDirectory(target)) b.project(target);
        else b.scene(target);
        return b.workingCopy(!inPlace);
    }
}
