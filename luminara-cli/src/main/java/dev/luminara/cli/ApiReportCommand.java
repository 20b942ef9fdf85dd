package dev.luminara.cli;

import dev.luminara.codegen.EngineTarget;
import dev.luminara.codegen.StandardTargets;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.report.ApiReport;
import dev.luminara.lunyscript.report.PlantUml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code luminara api report}: coverage per engine, missing and unmapped bindings, and a PlantUML graph. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Resolve the descriptor's bindings on every engine (Luminara, JME) and print coverage, missing semantics,"
                    + " bindings without a semantic, errors, and each verb's target per engine.",
            "Exits 1 when a binding has an error."
        })
final class ApiReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--descriptor",
            paramLabel = "<file>",
            description = "lunyscript_api.lua (default: the built-in one)")
    Path descriptor;

    @Option(
            names = "--plantuml",
            paramLabel = "<file>",
            description = "Also write the semantics -> bindings graph as PlantUML ('-' for stdout).")
    String plantuml;

    @Override
    public Integer call() throws Exception {
        return LunyCli.run(spec, () -> {
            Descriptor d = LunyCli.load(descriptor, false);
            ApiReport report = ApiReport.of(
                    d,
                    StandardTargets.request(d).engines().stream()
                            .map(EngineTarget::adapter)
                            .toList());
            spec.commandLine().getOut().print(report.text());
            if (plantuml != null) {
                String uml = PlantUml.render(report);
                if (plantuml.equals("-")) spec.commandLine().getOut().print(uml);
                else Files.writeString(Path.of(plantuml), uml, StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().flush();
            return report.ok() ? 0 : ErrorHandler.FAILED;
        });
    }
}
