package dev.luminara.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.verify.ApplyResult;
import dev.luminara.verify.ApplyStatus;
import dev.luminara.verify.CodeVerifier;
import dev.luminara.verify.ScriptSubmission;
import dev.luminara.verify.VerificationResult;
import java.util.List;

/**
 * Code from agents goes through the verifier: static analysis, a sandbox run on a fork, a dry-run diff; applying it
 * records one timeline operation and rolls back automatically if the script misbehaves while monitored.
 */
final class ScriptTools {
    private ScriptTools() {}

    static List<ToolSpec> all(EngineHost host) {
        CodeVerifier live = verifier(host, true);
        return List.of(verify(host, live), apply(host, live, verifier(host, false)));
    }

    /** {@code keepFrames}: whether the frames an apply steps to measure stay (a playing game) or are undone. */
    private static CodeVerifier verifier(EngineHost host, boolean keepFrames) {
        CodeVerifier.Builder b =
                CodeVerifier.builder().advisor(host.ai().advisor()).keepSteppedFrames(keepFrames);
        host.game().scriptRoot().ifPresent(b::scriptRoot);
        return b.build();
    }

    private static Schema input() {
        return Schema.object()
                .pattern("path", "relative, e.g. behaviors/spin.lua", "^[A-Za-z0-9_./-]{1,200}\\.(lua|wasm)$", true)
                .str("source", "Lua source", 100_000, false)
                .str("wasm", "base64 WASM module (instead of source)", 1_400_000, false)
                .enumOf("language", null, List.of("lua", "wasm"), false)
                .array("attachTo", "entities: id, unique name or reference ({type: ByTag, tag})", anyOf(), 64, false)
                .integer("frames", "sandbox frames, default 60", 1, 600, false);
    }

    private static ObjectNode anyOf() {
        ObjectNode n = Schema.type("object");
        n.putArray("type").add("string").add("object");
        return n;
    }

    private static ScriptSubmission submission(Args a) {
        a.only("path", "source", "wasm", "language", "attachTo", "frames");
        a.string("path");
        if (!a.has("source") && !a.has("wasm")) throw new InvalidArgumentException("source", "give source or wasm");
        a.integer("frames", 1, 600, 60);
        ObjectNode json = a.json().deepCopy();
        if (json.has("attachTo") && json.get("attachTo").isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode targets =
                    (com.fasterxml.jackson.databind.node.ArrayNode) json.get("attachTo");
            for (int i = 0; i < targets.size(); i++) {
                JsonNode t = targets.get(i);
                if (!t.isTextual() && !t.isObject()) {
                    throw new InvalidArgumentException(
                            "attachTo[" + i + "]", "expected an entity id, name or reference");
                }
                if (t.isTextual() && !Args.looksLikeId(t.textValue())) {
                    targets.set(i, json.objectNode().put("type", "ByName").put("name", t.textValue()));
                }
            }
        }
        try {
            return ScriptSubmission.fromJson(json);
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("submission", e.getMessage());
        }
    }

    static ToolSpec verify(EngineHost host, CodeVerifier verifier) {
        return ToolSpec.reading(
                "script_verify",
                "Checks a script without changing the game: static analysis, a sandboxed run on a copy of the world,"
                        + " and the changes it would make.",
                input(),
                (a, c) -> {
                    ScriptSubmission s = submission(a);
                    VerificationResult r = host.call(w -> verifier.verify(s, w));
                    JsonNode tree = Json.mapper().valueToTree(r);
                    return Reply.of((r.passed() ? "PASSED\n" : "FAILED\n") + r.toText(), tree);
                });
    }

    /** {@code paused}: the verifier for a paused game, where the apply's measuring frames must not advance it. */
    static ToolSpec apply(EngineHost host, CodeVerifier playing, CodeVerifier paused) {
        return ToolSpec.changing(
                "script_apply",
                "Verifies, then applies a Lua or WASM script (file + Script on each target) as one undoable operation;"
                        + " rolled back automatically if it errors or slows the game while monitored.",
                input(),
                (a, c) -> {
                    ScriptSubmission s = submission(a);
                    boolean wasPlaying = host.playing();
                    host.pause();
                    ApplyResult r;
                    try {
                        r = (wasPlaying ? playing : paused).apply(s, host.game(), host.ai());
                    } finally {
                        if (wasPlaying) host.play();
                    }
                    JsonNode tree = Json.mapper().valueToTree(r);
                    String text = r.status()
                            + (r.reason() == null ? "" : ": " + r.reason())
                            + (r.operationId() > 0 ? " (operation #" + r.operationId() + ")" : "");
                    if (r.verification() != null)
                        text += "\n" + r.verification().toText();
                    Reply reply = Reply.of(text, tree);
                    return r.status() == ApplyStatus.APPLIED ? reply : reply.asError();
                });
    }
}
