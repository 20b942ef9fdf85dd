package dev.luminara.mcp.internal;

import dev.luminara.ai.AiJson;
import dev.luminara.ai.context.ContextRequest;
import dev.luminara.ai.context.DigestLevel;
import dev.luminara.ai.context.SchemaLevel;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Read-only resources: world summary, component schemas, scripts, timeline, intent forms. */
final class Resources {
    static final String INTENTS = String.join(
            "\n",
            "Intent JSON forms (intent_apply, perf_estimate, batch steps):",
            "{\"type\":\"SpawnRelative\",\"anchor\":{\"type\":\"ByName\",\"name\":\"player\"},"
                    + "\"offset\":{\"type\":\"Forward\",\"distance\":2.0},"
                    + "\"template\":{\"name\":\"crate\",\"tags\":[\"prop\"],\"components\":{\"MeshShape\":"
                    + "{\"kind\":\"BOX\",\"color\":\"brown\"}}},\"count\":3}",
            "{\"type\":\"ModifyMatching\",\"target\":{\"type\":\"ByTag\",\"tag\":\"enemy\"},\"component\":\"MeshShape\","
                    + "\"mutation\":{\"type\":\"SetField\",\"path\":\"color\",\"value\":\"red\"}}",
            "{\"type\":\"AttachBehavior\",\"target\":{\"type\":\"Semantic\",\"description\":\"the red enemy\"},"
                    + "\"behavior\":{\"name\":\"patrol\"},\"parameters\":{\"to\":{\"type\":\"PositionOf\","
                    + "\"entity\":{\"type\":\"ByName\",\"name\":\"tower\"}},\"speed\":{\"type\":\"Literal\",\"value\":3}}}",
            "References: ByName{name} ById{id:\"12v0\"} ByTag{tag} ByComponent{component}"
                    + " Nearest{to,withTag?,withComponent?} Semantic{description}.",
            "Offsets: Forward{distance} Above{height} AtOffset{offset:[x,y,z]} RandomInRadius{radius,seed}"
                    + " RandomReachable{radius,seed}.",
            "Mutations: SetField{path,value} Merge{patch} AddToField{path,delta} ScaleField{path,factor}.",
            "Behaviours: spin, bob, patrol, follow. Parameters: Literal{value} EntityOf{entity} PositionOf{entity}.",
            "Batch steps may also be engine commands: SpawnEntity{template,position?,parent?} DestroyEntity{entity}"
                    + " SetParent{entity,parent?,index?} AddComponent{entity,component,value}"
                    + " RemoveComponent{entity,component} ModifyComponent{entity,component,mutation} DeleteScript{path}.");

    private Resources() {}

    static void install(McpServer.SyncSpecification<?> spec, EngineHost host, Toolset tools) {
        spec.resources(
                resource(
                        "luminara://world/summary",
                        "world-summary",
                        "World summary digest",
                        "text/plain",
                        () -> host.ai()
                                .context(new ContextRequest(new DigestLevel.WorldSummary(), 500, List.of(), null))
                                .text()),
                resource(
                        "luminara://schemas",
                        "component-schemas",
                        "Every component schema (brief)",
                        "application/json",
                        () -> AiJson.write(host.ai().schemas(SchemaLevel.BRIEF))),
                resource(
                        "luminara://scripts", "scripts", "Script files of the game", "text/plain", () -> scripts(host)),
                resource(
                        "luminara://timeline",
                        "timeline",
                        "Recent operations and branches",
                        "application/json",
                        () -> host.call(w -> TimelineTools.logJson(host.timeline(), 50))
                                .toString()),
                resource("luminara://verbs", "verbs", "LunyScript verb catalogue", "text/plain", VerbTools::catalogue),
                resource(
                        "luminara://docs/intents",
                        "intent-forms",
                        "JSON forms of intents and commands",
                        "text/plain",
                        () -> INTENTS));
    }

    private static String scripts(EngineHost host) {
        Path root = host.game().scriptRoot().orElse(null);
        if (root == null || !Files.isDirectory(root)) return "(no scripts folder)";
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("node_modules"))
                    .sorted()
                    .limit(500)
                    .forEach(p -> sb.append(p).append('\n'));
        } catch (IOException e) {
            return "cannot list scripts: " + e.getMessage();
        }
        return sb.toString();
    }

    static McpServerFeatures.SyncResourceSpecification resource(
            String uri, String name, String description, String mime, Supplier<String> text) {
        McpSchema.Resource r = McpSchema.Resource.builder(uri, name)
                .description(description)
                .mimeType(mime)
                .build();
        return new McpServerFeatures.SyncResourceSpecification(r, (exchange, request) -> {
            String body;
            try {
                body = text.get();
            } catch (RuntimeException e) {
                body = "error: " + e.getMessage();
            }
            McpSchema.ResourceContents contents = McpSchema.TextResourceContents.builder(uri, body)
                    .mimeType(mime)
                    .build();
            return McpSchema.ReadResourceResult.builder(List.of(contents)).build();
        });
    }
}
