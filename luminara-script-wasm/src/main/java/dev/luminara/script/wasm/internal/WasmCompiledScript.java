package dev.luminara.script.wasm.internal;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.json.Json;
import dev.luminara.script.CompiledScript;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.ReloadStrategy;
import dev.luminara.script.ScriptCompileException;
import dev.luminara.script.ScriptContext;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptInstance;
import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One loaded version of a WASM script: its module, its single Chicory instance (shared by every entity the script
 * is on) and the metadata from the optional {@code luminara} custom section (JSON: description, version, author,
 * requires, reload).
 */
final class WasmCompiledScript implements CompiledScript {
    static final String[] HOOKS = {
        ScriptInstance.ON_START, ScriptInstance.ON_UPDATE, ScriptInstance.ON_DESTROY, ScriptInstance.ON_MESSAGE,
        ScriptInstance.ON_COLLISION, ScriptInstance.ON_TRIGGER, ScriptInstance.ON_SAVE, ScriptInstance.ON_RESTORE
    };

    final WasmSession session;
    final ScriptId id;
    final Instance instance;
    final WasmSession.InstructionBudget budget;
    final ExecutionTier tier;
    private final ScriptMetadata metadata;
    private final ExportFunction[] exports = new ExportFunction[HOOKS.length];

    WasmCompiledScript(
            WasmSession session,
            ScriptId id,
            WasmModule module,
            Instance instance,
            WasmSession.InstructionBudget budget,
            ExecutionTier tier) {
        this.session = session;
        this.id = id;
        this.instance = instance;
        this.budget = budget;
        this.tier = tier;
        List<String> hooks = new ArrayList<>();
        for (String h : HOOKS) {
            if (module.exportSection() != null && hasExport(module, h)) hooks.add(h);
        }
        this.metadata = metadata(module, hooks);
    }

    /**
     * The export of {@code hook}, looked up once: Chicory's {@code Instance.export} hashes the name and builds a new
     * function object on every call, which showed in profiles of 10,000 calls a frame.
     */
    ExportFunction export(String hook) {
        for (int i = 0; i < HOOKS.length; i++) {
            if (HOOKS[i] == hook || HOOKS[i].equals(hook)) {
                ExportFunction f = exports[i];
                if (f == null) exports[i] = f = instance.export(hook);
                return f;
            }
        }
        return instance.export(hook);
    }

    private static boolean hasExport(WasmModule m, String name) {
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            if (m.exportSection().getExport(i).name().equals(name)) return true;
        }
        return false;
    }

    private ScriptMetadata metadata(WasmModule module, List<String> hooks) {
        CustomSection cs = module.customSection("luminara");
        if (!(cs instanceof UnknownCustomSection u)) {
            return new ScriptMetadata(null, "", "", hooks, List.of(), ReloadStrategy.PRESERVE_STATE);
        }
        try {
            JsonNode n = Json.mapper().readTree(u.bytes());
            List<String> requires = new ArrayList<>();
            n.path("requires").forEach(r -> requires.add(r.asText()));
            ReloadStrategy s =
                    n.has("reload") ? ReloadStrategy.parse(n.get("reload").asText()) : ReloadStrategy.RESET;
            return new ScriptMetadata(
                    n.path("author").isMissingNode() ? null : n.path("author").asText(),
                    n.path("description").asText(""),
                    n.path("version").asText(""),
                    hooks,
                    requires,
                    s);
        } catch (IOException | RuntimeException e) {
            throw new ScriptCompileException(
                    new ScriptLocation(id.path(), 0),
                    "the 'luminara' custom section is not valid JSON metadata: " + e.getMessage());
        }
    }

    @Override
    public ScriptMetadata metadata() {
        return metadata;
    }

    @Override
    public List<ScriptId> dependencies() {
        return List.of();
    }

    @Override
    public ScriptInstance instantiate(ScriptContext context) {
        return new WasmScriptInstance(context, this);
    }
}
