package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.AiJson;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.Capture;
import dev.luminara.render.CaptureConfig;
import dev.luminara.render.ChangedRegion;
import dev.luminara.render.Comparison;
import dev.luminara.render.EntityChange;
import dev.luminara.render.ImageFormat;
import dev.luminara.render.ViewAngle;
import dev.luminara.render.Viewport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;

/** Screenshots for agents: captures, before/after comparison of an operation, and analysis by the client's model. */
final class ViewTools {
    static final List<String> ANGLES = List.of("camera", "top", "front", "iso");

    private ViewTools() {}

    static List<ToolSpec> all(EngineHost host) {
        return List.of(capture(host), compare(host), analyze(host));
    }

    private static Schema view(Schema s) {
        ObjectNode angle = Schema.type("string");
        ArrayNode e = angle.putArray("enum");
        ANGLES.forEach(e::add);
        return s.array("angles", "default [camera]", angle, 4, false)
                .integer("width", "default 640", 64, 1920, false)
                .integer("height", "default 360", 64, 1080, false);
    }

    /** Reads angles, size and selection; {@code annotate} decides the overlays. */
    static CaptureConfig config(EngineHost host, Args a, boolean annotate) {
        List<ViewAngle> angles = new ArrayList<>();
        for (String s : a.strings("angles", 4)) {
            if (!ANGLES.contains(s)) throw new InvalidArgumentException("angles", "expected camera, top, front or iso");
            ViewAngle v = ViewAngle.parse(s);
            if (!angles.contains(v)) angles.add(v);
        }
        if (angles.isEmpty()) angles.add(ViewAngle.CAMERA);
        List<Entity> selected = new ArrayList<>();
        for (String s : a.strings("select", 20)) selected.add(Refs.entity(host, "select", s));
        AnnotationConfig ann = annotate ? AnnotationConfig.ALL.selecting(selected) : AnnotationConfig.NONE;
        return CaptureConfig.defaults()
                .withSize(a.integer("width", 64, 1920, 640), a.integer("height", 64, 1080, 360))
                .withFormat(ImageFormat.PNG)
                .withAngles(angles)
                .withAnnotations(ann);
    }

    /** A copy of the world taken between frames: rendering then runs without holding up the game. */
    static World snapshot(EngineHost host) {
        return host.call(World::fork);
    }

    static ToolSpec capture(EngineHost host) {
        Schema in = view(Schema.object())
                .bool("annotate", "names, boxes, lights; default true")
                .strings("select", "entities to highlight", 20, false);
        return ToolSpec.reading(
                "viewport_capture",
                "Renders the world (software renderer) from the camera and/or top, front, iso views; PNG images plus"
                        + " what is visible where.",
                in,
                (a, c) -> {
                    a.only("angles", "width", "height", "annotate", "select");
                    Viewport v = Viewport.of(config(host, a, a.bool("annotate", true)));
                    List<Capture> shots = v.captureAll(snapshot(host));
                    Reply r = Reply.text(describe(shots));
                    for (Capture s : shots) r = r.plusImage(s.encoded(), s.mimeType());
                    return r;
                });
    }

    static String describe(List<Capture> shots) {
        StringBuilder sb = new StringBuilder();
        for (Capture s : shots) sb.append(s.description().toText()).append('\n');
        return sb.toString().strip();
    }

    static ToolSpec compare(EngineHost host) {
        Schema in = Schema.object()
                .integer("operation", "id from timeline_log (on the current branch)", 1, Long.MAX_VALUE, true)
                .enumOf("angle", "default camera", ANGLES, false)
                .integer("width", "default 640", 64, 1920, false)
                .integer("height", "default 360", 64, 1080, false);
        return ToolSpec.reading(
                "viewport_compare",
                "What an operation changed on screen: before/after images, a difference heat map, changed regions"
                        + " as boxes, and the entity change list.",
                in,
                (a, c) -> {
                    a.only("operation", "angle", "width", "height");
                    long id = a.requiredLong("operation", 1);
                    String angle = a.optString("angle").orElse("camera");
                    if (!ANGLES.contains(angle)) {
                        throw new InvalidArgumentException("angle", "expected camera, top, front or iso");
                    }
                    OperationWorlds worlds = OperationWorlds.of(host, id);
                    CaptureConfig cfg = CaptureConfig.defaults()
                            .withSize(a.integer("width", 64, 1920, 640), a.integer("height", 64, 1080, 360))
                            .withAngles(ViewAngle.parse(angle))
                            .withAnnotations(AnnotationConfig.ALL.selecting(worlds.touched()));
                    Viewport v = Viewport.of(cfg);
                    Capture before = v.capture(worlds.before());
                    Capture after = v.capture(worlds.after());
                    List<EntityChange> changes = worlds.changes();
                    Comparison diff = v.compareBeforeAfter(before, after, changes);
                    ObjectNode o = comparisonJson(id, diff, changes);
                    String text = "operation #" + id + " (" + worlds.operation().prompt() + ")\n" + diff.toText();
                    return Reply.of(text, o)
                            .plusImage(before.encoded(), before.mimeType())
                            .plusImage(after.encoded(), after.mimeType())
                            .plusImage(diff.heatMap().encode(ImageFormat.PNG), ImageFormat.PNG.mimeType())
                            .plusText("images: before, after, heat map");
                });
    }

    static ObjectNode comparisonJson(long id, Comparison diff, List<EntityChange> changes) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("operation", id);
        o.put("changedPixels", diff.changedPixels());
        o.put("changedFraction", diff.changedFraction());
        ArrayNode regions = o.putArray("regions");
        for (ChangedRegion r : diff.regions()) {
            ObjectNode j = regions.addObject();
            j.set("box", AiJson.tree(r.box()));
            j.put("pixels", r.pixels());
            boolean cut = Refs.listIds(j, "entities", r.entities());
            cut |= Refs.listIds(j, "explainedBy", r.explainedBy());
            j.put("truncated", cut);
        }
        o.put("unexplainedRegions", diff.unexplainedRegions().size());
        ArrayNode list = o.putArray("changes");
        o.put("changeCount", changes.size());
        o.put("truncated", changes.size() > Refs.LISTED);
        for (EntityChange ch : changes.subList(0, Math.min(changes.size(), Refs.LISTED))) {
            ObjectNode j = list.addObject();
            j.put("entity", ch.entity().toString());
            if (ch.name() != null) j.put("name", ch.name());
            j.put("kind", ch.kind().name());
            ArrayNode comps = j.putArray("components");
            ch.components().forEach(comps::add);
        }
        return o;
    }

    static ToolSpec analyze(EngineHost host) {
        Schema in = view(Schema.object()).str("feedback", "what the user said about the scene", 4000, true);
        return ToolSpec.reading(
                "capture_and_analyze",
                "Captures the world and has the client's model analyse it against the user's feedback (MCP sampling);"
                        + " without sampling, returns the images and a structured description.",
                in,
                (a, c) -> {
                    a.only("angles", "width", "height", "feedback");
                    String feedback = a.string("feedback");
                    Viewport v = Viewport.of(config(host, a, true));
                    List<Capture> shots = v.captureAll(snapshot(host));
                    String description = describe(shots);
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("feedback", feedback);
                    ArrayNode views = o.putArray("views");
                    for (Capture s : shots) views.add(AiJson.mapper().valueToTree(s.description()));
                    Reply r;
                    if (c.clientSamples()) {
                        String analysis = sample(c, shots, description, feedback);
                        o.put("sampled", true);
                        o.put("analysis", analysis);
                        r = Reply.of("analysis: " + analysis + "\n\n" + description, o);
                    } else {
                        o.put("sampled", false);
                        r = Reply.of(
                                "the client does not support sampling; analyse these views against the feedback: "
                                        + feedback + "\n\n" + description,
                                o);
                    }
                    for (Capture s : shots) r = r.plusImage(s.encoded(), s.mimeType());
                    return r;
                });
    }

    private static String sample(CallContext c, List<Capture> shots, String description, String feedback) {
        List<McpSchema.SamplingMessage> messages = new ArrayList<>();
        for (Capture s : shots) {
            String data = java.util.Base64.getEncoder().encodeToString(s.encoded());
            messages.add(McpSchema.SamplingMessage.builder(
                            McpSchema.Role.USER,
                            McpSchema.ImageContent.builder(data, s.mimeType()).build())
                    .build());
        }
        String prompt = "User feedback on this game scene: " + feedback + "\n\nWhat the renderer reports:\n"
                + description + "\n\nDoes the scene match the feedback? Name the entities involved and what to change.";
        messages.add(McpSchema.SamplingMessage.builder(
                        McpSchema.Role.USER,
                        McpSchema.TextContent.builder(prompt).build())
                .build());
        McpSchema.CreateMessageRequest request = McpSchema.CreateMessageRequest.builder(messages, 600)
                .systemPrompt("You review screenshots of a 3D game scene for a game developer. Be concrete and brief.")
                .build();
        McpSchema.CreateMessageResult result = c.exchange().createMessage(request);
        if (result.content() instanceof McpSchema.TextContent t) return t.text();
        return String.valueOf(result.content());
    }
}
