package dev.luminara.cli;

import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.SceneEntity;
import dev.luminara.core.scene.Scenes;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code luminara scene validate <file>}: reads and checks a scene without running it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a scene file: JSON syntax, known components, field types, ranges, required fields, unique ids and"
                    + " the Parent/Children hierarchy.",
            "Exits 0 when valid; otherwise prints the first fault (file:line:column, entity, component, field) on"
                    + " stderr and exits 1."
        })
final class SceneValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>", description = "Scene file to check.")
    Path file;

    @Override
    public Integer call() {
        Scene scene = Scenes.read(file, SceneCommand.defaultRegistry());
        TreeSet<String> types = new TreeSet<>();
        int components = 0;
        for (SceneEntity e : scene.entities()) {
            for (Record c : e.components()) {
                types.add(Scenes.componentName(c));
                components++;
            }
        }
        spec.commandLine()
                .getOut()
                .println("ok: " + file + ": scene '" + scene.name() + "', " + scene.size() + " entities, " + components
                        + " components of " + types.size() + " types");
        return 0;
    }
}
