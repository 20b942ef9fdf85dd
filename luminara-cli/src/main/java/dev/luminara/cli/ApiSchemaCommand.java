package dev.luminara.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.ParamSpecs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara api schema [Domain.Verb]}: each verb's parameters as JSON Schema (MCP tool input schemas). */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of a verb's parameters, or of every verb keyed by qualified name.")
final class ApiSchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<Domain.Verb>")
    String verb;

    @Option(
            names = "--descriptor",
            paramLabel = "<file>",
            description = "lunyscript_api.lua (default: the built-in one)")
    Path descriptor;

    @Override
    public Integer call() throws Exception {
        return LunyCli.run(spec, () -> {
            Descriptor d = LunyCli.load(descriptor, false);
            ObjectNode out = Json.mapper().createObjectNode();
            for (Semantic s : d.semantics().values()) {
                if (verb == null) out.set(s.qualifiedName(), ParamSpecs.jsonSchema(s));
                else if (s.qualifiedName().equals(verb) || s.name().equals(verb)) out = ParamSpecs.jsonSchema(s);
            }
            if (verb != null && out.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("api schema: unknown verb '" + verb + "'"
                                + Suggest.didYouMean(
                                        verb,
                                        d.semantics().values().stream()
                                                .map(Semantic::qualifiedName)
                                                .toList()));
                return ErrorHandler.FAILED;
            }
            spec.commandLine()
                    .getOut()
                    .println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        });
    }
}
