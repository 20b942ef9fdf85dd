package dev.luminara.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --project DIR}: the project folder a timeline command works on (default: the current folder). */
final class ProjectOption {
    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            defaultValue = ".",
            description =
                    "Project folder: a *.scene.json, scripts/, .luminara/timeline.db (default: the current folder).")
    Path folder;
}
