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
        String path = a.string("path");
        checkCode(a, path);
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
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidArgumentException(fieldOf(message), message.replaceFirst("^submission:? ", ""));
        }
    }

    /** One of source (Lua) and wasm (base64), fitting the path's extension and the language if given. */
    private static void checkCode(Args a, String path) {
        boolean source = a.has("source");
        boolean wasm = a.has("wasm");
        if (source && wasm) {
            throw new InvalidArgumentException("source", "give source or wasm, not both (got both source and wasm)");
        }
        if (!source && !wasm) throw new InvalidArgumentException("source", "give source (Lua) or wasm (base64)");
        String byPath = path.endsWith(".wasm") ? "wasm" : path.endsWith(".lua") ? "lua" : null;
        String language = a.optString("language").orElse(null);
        if (language != null && byPath != null && !language.equalsIgnoreCase(byPath)) {
            throw new InvalidArgumentException(
                    "language",
                    "'" + language + "' does not fit path '" + path + "' (its extension is ." + byPath + ")");
        }
        if ("lua".equals(byPath) && !source) {
            throw new InvalidArgumentException("source", "a .lua script needs source (wasm is for .wasm modules)");
        }
        if ("wasm".equals(byPath) && !wasm) {
            throw new InvalidArgumentException("wasm", "a .wasm module needs wasm, its base64 bytes (source is Lua)");
        }
        if (wasm) {
            try {
                java.util.Base64.getDecoder().decode(a.string("wasm"));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("wasm", "expected base64: " + e.getMessage());
            }
        }
    }

    /** The argument a verifier refusal is about (its messages say "submission path ...", "attachTo[2]: ..."). */
    static String fieldOf(String message) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("attachTo\\[\\d+]").matcher(message);
        if (m.find()) return m.group();
        for (String f : List.of("path", "language", "wasm", "source", "attachTo", "frames")) {
            if (message.startsWith("submission " + f) || message.startsWith("submission: " + f)) return f;
        }
        if (message.contains("needs its source")) return "source";
        if (message.contains("module's bytes")) return "wasm";
        if (message.startsWith("submission '")) return "path";
        return "arguments";
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
