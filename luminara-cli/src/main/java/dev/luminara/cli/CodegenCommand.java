package dev.luminara.cli;

import dev.luminara.codegen.CodeGenerator;
import dev.luminara.codegen.GeneratedFile;
import dev.luminara.codegen.StandardTargets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code luminara codegen}: LunyScript descriptors to committed Java sources, or a drift check with --check. */
@Command(
        name = "codegen",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the LunyScript Java sources from the descriptors: contracts, service interfaces, blocks and verb"
                    + " registration (luminara-lunyscript), and the Luminara and jME services.",
            "With --check, write nothing and exit 1 when the committed sources differ from what would be generated."
        })
final class CodegenCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--descriptor",
            paramLabel = "<file>",
            description = "lunyscript_api.lua (default: ${DEFAULT-VALUE})")
    Path descriptor = LunyCli.DEFAULT_DESCRIPTOR;

    @Option(
            names = "--out",
            paramLabel = "<dir>",
            description = "Repository root the module source roots are under (default: .)")
    Path out = Path.of(".");

    @Option(names = "--check", description = "Compare only; exit 1 on drift.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        return LunyCli.run(spec, () -> {
            List<GeneratedFile> files = CodeGenerator.generate(StandardTargets.request(LunyCli.load(descriptor, true)));
            var printer = spec.commandLine().getOut();
            if (check) {
                List<String> drift = CodeGenerator.drift(files, out);
                drift.forEach(d -> printer.println("drift: " + d));
                if (!drift.isEmpty()) {
                    spec.commandLine()
                            .getErr()
                            .println("codegen: " + drift.size()
                                    + " generated file(s) out of date; run 'luminara codegen' and commit");
                    return ErrorHandler.FAILED;
                }
                printer.println("ok: " + files.size() + " generated files up to date");
                return 0;
            }
            List<String> changed = CodeGenerator.write(files, out);
            changed.forEach(c -> printer.println("wrote: " + c));
            printer.println("ok: " + files.size() + " files, " + changed.size() + " changed");
            return 0;
        });
    }
}
