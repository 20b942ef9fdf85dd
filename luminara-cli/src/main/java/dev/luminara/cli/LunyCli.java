package dev.luminara.cli;

import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.DescriptorFiles;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Shared by the LunyScript commands: descriptor loading and one-line errors that keep LunyScript's own wording. */
final class LunyCli {
    /** Where this repository keeps its descriptors, relative to the repository root. */
    static final Path DEFAULT_DESCRIPTOR =
            Path.of("luminara-lunyscript/src/main/resources/lunyscript/lunyscript_api.lua");

    private LunyCli() {}

    /** The descriptor at {@code file}, or the built-in one (the class-path copy) when none is given. */
    static Descriptor load(Path file, boolean locked) {
        if (file == null) return DescriptorLoader.builtIn();
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        return locked
                ? DescriptorLoader.load(DescriptorFiles.folder(folder), name)
                : DescriptorLoader.loadUnlocked(DescriptorFiles.folder(folder), name);
    }

    static int run(CommandLine.Model.CommandSpec spec, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (LunyScriptException e) {
            spec.commandLine()
                    .getErr()
                    .println(spec.qualifiedName() + ": " + e.getMessage().replace('\n', ' '));
            spec.commandLine().getErr().flush();
            return ErrorHandler.FAILED;
        }
    }
}
