package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.command.ComponentValues;
import dev.luminara.ai.context.ContextRequest;
import dev.luminara.ai.context.DigestLevel;
import dev.luminara.ai.context.SchemaLevel;
import dev.luminara.ai.context.WorldContext;
import dev.luminara.ai.search.SearchHit;
import dev.luminara.core.Entity;
import dev.luminara.core.schema.ComponentSchema;
import java.util.List;

/** Reading the world: digests, search, one entity, component schemas. */
final class WorldTools {
    private WorldTools() {}

    static List<ToolSpec> all(EngineHost host) {
        return List.of(digest(host), search(host), entity(host), schema(host));
    }

    static ToolSpec digest(EngineHost host) {
        Schema in = Schema.object()
                .enumOf("level", "default detail", List.of("summary", "catalog", "detail", "full"), false)
                .str("query", "what matters (detail level)", 500, false)
                .str("entity", "full level: " + Schema.ENTITY, 200, false)
                .integer("max_tokens", "token budget, default 1500", 50, 8000, false);
        return ToolSpec.reading(
                "world_digest",
                "Token-budgeted digest of the world: summary, entity catalog, details relevant to a query, or one"
                        + " entity in full.",
                in,
                (a, c) -> {
                    a.only("level", "query", "entity", "max_tokens");
                    String level = a.optString("level").orElse("detail");
                    int budget = a.integer("max_tokens", 50, 8000, 1500);
                    DigestLevel l;
                    switch (level) {
                        case "summary" -> l = new DigestLevel.WorldSummary();
                        case "catalog" -> l = new DigestLevel.EntityCatalog();
                        case "detail" ->
                            l = new DigestLevel.EntityDetail(
                                    a.optString("query").orElse(""));
                        case "full" -> l = new DigestLevel.FullEntity(Refs.entity(host, "entity", a.string("entity")));
                        default ->
                            throw new InvalidArgumentException(
                                    "level", "expected summary, catalog, detail or full, got '" + level + "'");
                    }
                    WorldContext ctx = host.ai().context(new ContextRequest(l, budget, List.of(), null));
                    ObjectNode meta = JsonNodeFactory.instance.objectNode();
                    meta.put("tokens", ctx.tokenUsage());
                    meta.put("maxTokens", ctx.maxTokens());
                    meta.put("entitiesShown", ctx.entities().size());
                    meta.put("text", ctx.text());
                    return Reply.of(ctx.text(), meta);
                });
    }

    static ToolSpec search(EngineHost host) {
        Schema in = Schema.object()
                .str("query", "e.g. 'red enemy near the tower'", 500, true)
                .integer("top", "default 10", 1, 50, false);
        Schema out = Schema.object()
                .open()
                .array(
                        "hits",
                        null,
                        Schema.object()
                                .str("id", null, false)
                                .str("name", null, false)
                                .raw("score", Schema.type("number"), false)
                                .nodeOpen(),
                        50,
                        true);
        return ToolSpec.reading(
                        "world_search",
                        "Semantic search for entities by description (name, tags, colour, kind, position, nearby"
                                + " things); best first.",
                        in,
                        (a, c) -> {
                            a.only("query", "top");
                            List<SearchHit> hits = host.ai().search(a.string("query"), a.integer("top", 1, 50, 10));
                            ObjectNode o = JsonNodeFactory.instance.objectNode();
                            ArrayNode arr = o.putArray("hits");
                            StringBuilder text = new StringBuilder();
                            for (SearchHit h : hits) {
                                ObjectNode hit = arr.addObject();
                                hit.put("id", h.entity().toString());
                                if (h.name() != null) hit.put("name", h.name());
                                hit.put("score", Math.round(h.score() * 1000) / 1000.0);
                                text.append(h.entity())
                                        .append(' ')
                                        .append(h.name() == null ? "-" : h.name())
                                        .append(' ')
                                        .append(String.format(java.util.Locale.ROOT, "%.3f", h.score()))
                                        .append('\n');
                            }
                            return Reply.of(hits.isEmpty() ? "no matches" : text.toString(), o);
                        })
                .withOutput(out);
    }

    static ToolSpec entity(EngineHost host) {
        Schema in = Schema.object().str("entity", Schema.ENTITY, 200, true);
        return ToolSpec.reading("entity_get", "Every component of one entity as scene JSON.", in, (a, c) -> {
            a.only("entity");
            Entity e = Refs.entity(host, "entity", a.string("entity"));
            ObjectNode o = host.call(w -> {
                if (!w.isAlive(e)) throw new InvalidArgumentException("entity", "no live entity " + e);
                ObjectNode r = JsonNodeFactory.instance.objectNode();
                r.put("id", e.toString());
                ObjectNode comps = r.putObject("components");
                for (Record rec : w.components(e)) {
                    comps.set(ComponentValues.nameOf(rec), ComponentValues.toJson(rec));
                }
                return r;
            });
            return Reply.json(o);
        });
    }

    static ToolSpec schema(EngineHost host) {
        Schema in = Schema.object().str("component", "name, e.g. Transform; omit for a brief list of all", 100, false);
        return ToolSpec.reading(
                "schema_get",
                "Component schema: fields, types, ranges, defaults, commonly paired components.",
                in,
                (a, c) -> {
                    a.only("component");
                    if (a.has("component")) {
                        ComponentSchema s = host.ai().schema(a.string("component"), SchemaLevel.FULL);
                        return Reply.json(AiJson.tree(s));
                    }
                    List<ComponentSchema> all = host.ai().schemas(SchemaLevel.BRIEF);
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.set("components", AiJson.tree(all));
                    return Reply.json(o);
                });
    }
}
