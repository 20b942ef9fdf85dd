package dev.luminara.verify.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.wasm.WasmHostAbi;
import dev.luminara.verify.IssueSeverity;
import dev.luminara.verify.StaticIssue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Static checks of a WASM module with Chicory's parser (which validates it): the import allowlist (functions of
 * module {@code luminara} named like a registered API function, with the bridge's ABI type — the table in
 * docs/architecture.md, luminara-script-wasm), the hook exports and their signatures, {@code alloc} when a hook
 * needs it, and the initial memory against {@code max_memory}.
 */
public final class WasmAnalyzer {
    public static final String IMPORT_MODULE = "luminara";
    private static final int PAGE = 64 * 1024;
    private static final Map<String, FunctionType> HOOKS = Map.of(
            "on_start", FunctionType.of(List.of(ValType.I64), List.of()),
            "on_update", FunctionType.of(List.of(ValType.I64, ValType.F64), List.of()),
            "on_destroy", FunctionType.of(List.of(ValType.I64), List.of()),
            "on_collision", FunctionType.of(List.of(ValType.I64, ValType.I64), List.of()),
            "on_trigger", FunctionType.of(List.of(ValType.I64, ValType.I64), List.of()),
            "on_message", FunctionType.of(List.of(ValType.I64, ValType.I64, ValType.I32, ValType.I32), List.of()),
            "on_save", FunctionType.of(List.of(ValType.I64), List.of(ValType.I64)),
            "on_restore", FunctionType.of(List.of(ValType.I64, ValType.I32, ValType.I32), List.of()));

    private final ApiCatalog catalog;
    private final long maxMemory;

    public WasmAnalyzer(ApiCatalog catalog, long maxMemory) {
        this.catalog = catalog;
        this.maxMemory = maxMemory;
    }

    /** @return the issues and, through {@code hooks}, the hooks the module exports */
    public List<StaticIssue> analyze(String file, byte[] bytes, Set<String> hooks) {
        Issues issues = new Issues(file);
        WasmModule module;
        try {
            module = Parser.parse(bytes);
        } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
            issues.add(IssueSeverity.ERROR, "wasm-invalid", 0, 0, "not a valid WASM module: " + e.getMessage(), null);
            return issues.list();
        }
        imports(module, issues);
        exports(module, issues, hooks);
        memory(module, issues);
        return issues.list();
    }

    private void imports(WasmModule module, Issues issues) {
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            String shown = imp.module() + "." + imp.name();
            if (!IMPORT_MODULE.equals(imp.module()) || !(imp instanceof FunctionImport fi)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "wasm-import",
                        0,
                        0,
                        "import " + shown + " is not allowed: only engine API functions, imported from module '"
                                + IMPORT_MODULE + "' as \"module.function\" (no WASI, no env, no tables or memories)",
                        null);
                continue;
            }
            Optional<ApiBinding> binding = catalog.find(imp.name());
            if (binding.isEmpty()) {
                List<String> best = Names.completions(imp.name(), catalog.qualifiedNames());
                issues.add(
                        IssueSeverity.ERROR,
                        "unknown-api",
                        0,
                        0,
                        "import \"" + imp.name() + "\" is unknown"
                                + (best.isEmpty() ? "" : "; did you mean `" + best.get(0) + "`?"),
                        best.isEmpty() ? null : "import \"" + best.get(0) + "\"");
                continue;
            }
            FunctionType expected = WasmHostAbi.typeOf(binding.get().function());
            FunctionType declared = module.typeSection().getType(fi.typeIndex());
            if (!expected.typesMatch(declared)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "wasm-import-type",
                        0,
                        0,
                        "import \"" + imp.name() + "\" has type " + declared + ", the API's ABI says " + expected + " ("
                                + binding.get().function().signature() + ")",
                        "declare it as " + expected);
            }
        }
    }

    private static void exports(WasmModule module, Issues issues, Set<String> hooks) {
        int imported = module.importSection().count(ExternalType.FUNCTION);
        Set<String> exported = new TreeSet<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            if (e.exportType() != ExternalType.FUNCTION) continue;
            exported.add(e.name());
            FunctionType expected = HOOKS.get(e.name());
            if (expected == null) {
                if (e.name().startsWith("on_")) {
                    issues.add(
                            IssueSeverity.WARNING,
                            "unknown-hook",
                            0,
                            0,
                            "export `" + e.name() + "` is not a hook, so it is never called"
                                    + dev.luminara.core.schema.Suggest.didYouMean(e.name(), HOOKS.keySet()),
                            null);
                }
                continue;
            }
            hooks.add(e.name());
            FunctionType actual = e.index() < imported
                    ? module.typeSection().getType(((FunctionImport) functionImport(module, e.index())).typeIndex())
                    : module.functionSection().getFunctionType(e.index() - imported, module.typeSection());
            if (!expected.typesMatch(actual)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "hook-signature",
                        0,
                        0,
                        "hook " + e.name() + " has type " + actual + ", the host calls it as " + expected,
                        null);
            }
        }
        if (hooks.isEmpty()) {
            issues.add(
                    IssueSeverity.ERROR,
                    "no-hooks",
                    0,
                    0,
                    "the module exports none of the hooks " + new TreeSet<>(HOOKS.keySet()) + ", so it never runs",
                    "export on_update(i64 entity, f64 dt)");
        }
        boolean needsAlloc = exported.contains("on_message") || exported.contains("on_restore");
        if (needsAlloc && !exported.contains("alloc")) {
            issues.add(
                    IssueSeverity.ERROR,
                    "hook-needed",
                    0,
                    0,
                    "on_message and on_restore receive JSON in linear memory: the module must export alloc(i32) -> i32",
                    null);
        }
    }

    private static Import functionImport(WasmModule module, int functionIndex) {
        int n = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp instanceof FunctionImport && n++ == functionIndex) return imp;
        }
        throw new IllegalStateException("no function import " + functionIndex);
    }

    private void memory(WasmModule module, Issues issues) {
        long cap = Math.max(1, maxMemory / PAGE);
        int initial = module.memorySection()
                .map(s -> s.getMemory(0).limits().initialPages())
                .orElse(0);
        if (initial > cap) {
            issues.add(
                    IssueSeverity.ERROR,
                    "memory",
                    0,
                    0,
                    "the module asks for " + initial + " memory pages at start; max_memory (" + maxMemory
                            + " bytes) allows " + cap,
                    "declare at most " + cap + " initial pages");
        }
    }
}
