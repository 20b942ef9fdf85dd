package dev.luminara.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.intent.EntityReference;
import dev.luminara.core.Entity;
import dev.luminara.script.ScriptLanguage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A generated script to verify (and maybe apply): where it would live, its code, and the entities it would be
 * attached to as a {@code Script} component.
 *
 * @param path relative to the script root, forward slashes, {@code .lua} or {@code .wasm} ({@code behaviors/spin.lua})
 * @param language follows from the path when null
 * @param source Lua text (null for WASM)
 * @param wasm the WASM module's bytes (null for Lua; base64 in JSON)
 * @param attachTo the entities to attach it to; empty means a probe entity on the fork (the script is loaded and run,
 *     nothing would be attached on apply)
 * @param frames frames to simulate in the sandbox, or null for the verifier's default
 */
public record ScriptSubmission(
        String path,
        ScriptLanguage language,
        String source,
        byte[] wasm,
        List<EntityReference> attachTo,
        Integer frames) {

    public ScriptSubmission {
        if (path == null || path.isBlank()) throw new InvalidSubmissionException("submission: path is required");
        path = path.replace('\\', '/');
        if (path.startsWith("/")
                || path.contains(":")
                || Arrays.asList(path.split("/")).contains("..")) {
            throw new InvalidSubmissionException(
                    "submission path '" + path + "' must be relative to the script root, without '..'");
        }
        if (!ScriptLanguage.isScript(path)) {
            throw new InvalidSubmissionException(
                    "submission path '" + path + "' must end in .lua or .wasm (the extension picks the runtime)");
        }
        ScriptLanguage byPath = ScriptLanguage.ofPath(path);
        if (language == null) language = byPath;
        if (language != byPath) {
            throw new InvalidSubmissionException("submission path '" + path + "' does not fit language " + language);
        }
        if (language == ScriptLanguage.LUA && source == null) {
            throw new InvalidSubmissionException("submission '" + path + "': a Lua script needs its source");
        }
        if (language == ScriptLanguage.WASM && (wasm == null || wasm.length == 0)) {
            throw new InvalidSubmissionException("submission '" + path + "': a WASM script needs the module's bytes");
        }
        wasm = wasm == null ? null : wasm.clone();
        attachTo = attachTo == null ? List.of() : List.copyOf(attachTo);
        if (frames != null && (frames < 1 || frames > 100_000)) {
            throw new InvalidSubmissionException(
                    "submission '" + path + "': frames must be within [1, 100000], got " + frames);
        }
    }

    public static ScriptSubmission lua(String path, String source, List<EntityReference> attachTo) {
        return new ScriptSubmission(path, ScriptLanguage.LUA, source, null, attachTo, null);
    }

    public static ScriptSubmission lua(String path, String source, Entity... attachTo) {
        return lua(path, source, ids(attachTo));
    }

    public static ScriptSubmission wasm(String path, byte[] module, List<EntityReference> attachTo) {
        return new ScriptSubmission(path, ScriptLanguage.WASM, null, module, attachTo, null);
    }

    public static ScriptSubmission wasm(String path, byte[] module, Entity... attachTo) {
        return wasm(path, module, ids(attachTo));
    }

    public ScriptSubmission withFrames(int n) {
        return new ScriptSubmission(path, language, source, wasm, attachTo, n);
    }

    @Override
    public byte[] wasm() {
        return wasm == null ? null : wasm.clone();
    }

    /** The bytes the runtime loads: UTF-8 text for Lua, the module for WASM. */
    public byte[] code() {
        return language == ScriptLanguage.LUA ? source.getBytes(StandardCharsets.UTF_8) : wasm.clone();
    }

    /**
     * Reads the JSON form an MCP tool receives; every member but {@code path} and the code may be left out: {@code
     * {"path": "spin.lua", "source": "...", "attachTo": [{"type": "ByName", "name": "tower"}], "frames": 60}}, or
     * {@code "wasm": "<base64>"}. Entities may also be given as plain ids: {@code "attachTo": ["12v0"]}.
     */
    public static ScriptSubmission fromJson(JsonNode json) {
        if (json == null || !json.isObject())
            throw new InvalidSubmissionException("submission: expected a JSON object");
        for (var it = json.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("path", "language", "source", "wasm", "attachTo", "frames")
                    .contains(f)) {
                throw new InvalidSubmissionException("submission: unknown member '" + f + "'"
                        + dev.luminara.core.schema.Suggest.didYouMean(
                                f, List.of("path", "language", "source", "wasm", "attachTo", "frames")));
            }
        }
        String path = json.path("path").asText(null);
        ScriptLanguage language = null;
        if (json.hasNonNull("language")) {
            String l = json.get("language").asText().toUpperCase(Locale.ROOT);
            try {
                language = ScriptLanguage.valueOf(l);
            } catch (IllegalArgumentException e) {
                throw new InvalidSubmissionException("submission: language must be LUA or WASM, got '" + l + "'");
            }
        }
        String source = json.hasNonNull("source") ? json.get("source").asText() : null;
        byte[] wasm = null;
        if (json.hasNonNull("wasm")) {
            try {
                wasm = Base64.getDecoder().decode(json.get("wasm").asText());
            } catch (IllegalArgumentException e) {
                throw new InvalidSubmissionException("submission: wasm must be base64: " + e.getMessage());
            }
        }
        List<EntityReference> refs = new ArrayList<>();
        JsonNode targets = json.path("attachTo");
        if (!targets.isMissingNode() && !targets.isNull()) {
            if (!targets.isArray()) throw new InvalidSubmissionException("submission: attachTo must be an array");
            for (int i = 0; i < targets.size(); i++) {
                JsonNode t = targets.get(i);
                try {
                    refs.add(
                            t.isTextual()
                                    ? new EntityReference.ById(Entity.parse(t.asText()))
                                    : AiJson.read(t, EntityReference.class));
                } catch (RuntimeException e) {
                    throw new InvalidSubmissionException("submission: attachTo[" + i + "]: " + e.getMessage());
                }
            }
        }
        Integer frames = null;
        if (json.hasNonNull("frames")) {
            if (!json.get("frames").canConvertToInt()) {
                throw new InvalidSubmissionException("submission: frames must be an integer");
            }
            frames = json.get("frames").asInt();
        }
        return new ScriptSubmission(path, language, source, wasm, refs, frames);
    }

    private static List<EntityReference> ids(Entity... entities) {
        List<EntityReference> out = new ArrayList<>();
        for (Entity e : entities) out.add(new EntityReference.ById(e));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptSubmission s
                && s.path.equals(path)
                && s.language == language
                && java.util.Objects.equals(s.source, source)
                && Arrays.equals(s.wasm, wasm)
                && s.attachTo.equals(attachTo)
                && java.util.Objects.equals(s.frames, frames);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + java.util.Objects.hashCode(source) + Arrays.hashCode(wasm);
    }

    @Override
    public String toString() {
        return "ScriptSubmission[" + path + ", " + language + ", attachTo=" + attachTo + "]";
    }
}
