package dev.luminara.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.World;
import dev.luminara.core.json.Json;
import dev.luminara.core.schema.Suggest;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ScriptHost;
import dev.luminara.script.ScriptJson;
import dev.luminara.script.ScriptingPlugin;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara script api [module] [--json]}: the engine API scripts can call, from the live registry. */
@Command(
        name = "script",
        mixinStandardHelpOptions = true,
        description = {
            "Print the engine API that Lua and WASM scripts can call (every registered module), as text or JSON:",
            "functions with their parameters (types, ranges, defaults), results and descriptions."
        })
final class ScriptApiCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "1", paramLabel = "api", description = "What to print (only 'api' for now).")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<module>", description = "One module, e.g. transform.")
    String module;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!"api".equals(what)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown topic '" + what + "' (try 'api')");
        }
        List<ApiModule> modules;
        try (ScriptHost host =
                ScriptingPlugin.builder().sources(id -> Optional.empty()).buildHost(new World())) {
            modules = host.api().modules();
        }
        if (module != null) {
            List<String> names = modules.stream().map(ApiModule::name).toList();
            modules = modules.stream().filter(m -> m.name().equals(module)).toList();
            if (modules.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no API module named '" + module + "'" + Suggest.didYouMean(module, names) + "; modules: "
                                + String.join(", ", names));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty().writeValueAsString(toJson(modules)));
        } else {
            for (ApiModule m : modules) {
                out.println(m.name() + " — " + m.description());
                for (ApiFunction f : m.functions()) {
                    out.println("  " + m.name() + "." + f.signature());
                    out.println("      " + f.description());
                    for (ApiParam p : f.params()) {
                        out.println("      " + p.name() + ": " + p.type().label() + range(p) + " " + p.description());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String range(ApiParam p) {
        String r = p.hasRange()
                ? " in [" + (p.min() == null ? "-inf" : fmt(p.min())) + ", " + (p.max() == null ? "inf" : fmt(p.max()))
                        + "]"
                : "";
        return p.optional() ? r + " (default " + p.defaultValue() + ")" : r;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static ArrayNode toJson(List<ApiModule> modules) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ArrayNode out = n.arrayNode();
        for (ApiModule m : modules) {
            ObjectNode mo = out.addObject().put("module", m.name()).put("description", m.description());
            ArrayNode fs = mo.putArray("functions");
            for (ApiFunction f : m.functions()) {
                ObjectNode fo = fs.addObject()
                        .put("name", f.name())
                        .put("returns", f.returns().label())
                        .put("description", f.description());
                ArrayNode ps = fo.putArray("params");
                for (ApiParam p : f.params()) {
                    ObjectNode po = ps.addObject()
                            .put("name", p.name())
                            .put("type", p.type().label());
                    if (p.min() != null) po.put("min", p.min());
                    if (p.max() != null) po.put("max", p.max());
                    if (p.optional()) po.set("default", ScriptJson.toJson(p.defaultValue()));
                    po.put("description", p.description());
                }
            }
        }
        return out;
    }
}
