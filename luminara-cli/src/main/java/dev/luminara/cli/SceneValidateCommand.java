package dev.luminara.cli;

import dev.luminara.core.scene.Scene;
import dev.luminara.core.scene.SceneEntity;
import dev.luminara.core.scene.SceneException;
import dev.luminara.core.scene.Scenes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
            "Exits 0 when valid; otherwise prints every fault (file:line:column, entity, component, field), one per"
                    + " line, on stderr and exits 1. Malformed JSON stops at its first fault."
        })
final class SceneValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>", description = "Scene file to check.")
    Path file;

    @Override
    public Integer call() {
        List<SceneException> faults = Scenes.validate(file, SceneCommand.defaultRegistry());
        if (!faults.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            String name = spec.qualifiedName();
            faults.forEach(f -> err.println(name + ": " + f.getMessage()));
            if (faults.size() > 1) err.println(name + ": " + faults.size() + " problems in " + file);
            err.flush();
            return 1;
        }
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
