package dev.luminara.cli;

import dev.luminara.core.ComponentRegistry;
import dev.luminara.core.ComponentType;
import dev.luminara.core.json.Json;
import dev.luminara.core.schema.ComponentSchema;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara scene schema [component] [--json]}: what each component's fields are, with defaults and ranges. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print component schemas: every component, or the one named. An unknown name gets suggestions.")
final class SceneSchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<component>",
            description = "Component name, e.g. Transform.")
    String component;

    @Option(names = "--json", description = "Print JSON (an object for one component, an array for all).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ComponentRegistry registry = SceneCommand.defaultRegistry();
        List<ComponentSchema> schemas = component == null
                ? registry.all().stream().map(ComponentType::schema).toList()
                : List.of(registry.byName(component).schema());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Object value = component == null ? schemas : schemas.get(0);
            out.println(Json.pretty().writeValueAsString(value));
        } else {
            for (int i = 0; i < schemas.size(); i++) {
                if (i > 0) out.println();
                out.print(SchemaText.format(schemas.get(i)));
            }
        }
        out.flush();
        return 0;
    }
}
