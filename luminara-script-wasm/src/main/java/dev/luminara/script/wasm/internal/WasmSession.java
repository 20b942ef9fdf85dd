package dev.luminara.script.wasm.internal;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.CompiledScript;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.LimitKind;
import dev.luminara.script.RuntimeSession;
import dev.luminara.script.Sandbox;
import dev.luminara.script.ScriptAsset;
import dev.luminara.script.ScriptCompileException;
import dev.luminara.script.ScriptEnvironment;
import dev.luminara.script.ScriptException;
import dev.luminara.script.ScriptLimitException;
import dev.luminara.script.ScriptLocation;
import dev.luminara.script.ScriptRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One host's WASM: parses modules, refuses any import that is not a registered API function under module
 * {@code luminara} (the allowlist), caps linear memory at {@code max_memory}, and instantiates each script once
 * (hooks take the entity id, so one instance serves every entity). {@code COMPILED} uses Chicory's compiler to JVM
 * bytecode, whose loops check {@link Thread#interrupted()}, so the watchdog stops it; {@code SANDBOXED} uses the
 * interpreter with an instruction-counting listener.
 */
public final class WasmSession implements RuntimeSession {
    public static final String IMPORT_MODULE = "luminara";

    private final ScriptEnvironment env;

    public WasmSession(ScriptEnvironment env) {
        this.env = env;
    }

    ScriptEnvironment environment() {
        return env;
    }

    @Override
    public CompiledScript compile(ScriptAsset asset, ExecutionTier tier) {
        ScriptLocation where = new ScriptLocation(asset.id().path(), 0);
        WasmModule module;
        try {
            module = Parser.parse(asset.source());
        } catch (ChicoryException | IllegalArgumentException e) {
            throw new ScriptCompileException(where, "not a valid WASM module: " + e.getMessage(), e);
        }
        InstructionBudget budget = new InstructionBudget();
        List<HostFunction> imports = imports(module, where, budget);
        int capPages = (int)
                Math.max(1, Math.min(MemoryLimits.MAX_PAGES, env.sandboxConfig().maxMemory() / Memory.PAGE_SIZE));
        int initial = module.memorySection()
                .map(s -> s.getMemory(0).limits().initialPages())
                .orElse(0);
        if (initial > capPages) {
            throw new ScriptCompileException(
                    where,
                    "the module asks for " + initial + " memory pages at start; max_memory" + " allows " + capPages
                            + " (" + env.sandboxConfig().maxMemory() + " bytes)");
        }
        Instance.Builder b = Instance.builder(module)
                .withImportValues(ImportValues.builder()
                        .withFunctions(new ArrayList<>(imports))
                        .build())
                .withMemoryLimits(new MemoryLimits(initial, capPages))
                .withInitialize(false);
        if (tier == ExecutionTier.COMPILED) {
            b.withMachineFactory(MachineFactoryCompiler.compile(module));
        } else if (tier == ExecutionTier.SANDBOXED && env.sandboxConfig().maxInstructions() != Long.MAX_VALUE) {
            b.withUnsafeExecutionListener((instruction, stack) -> budget.step());
        }
        Instance instance;
        try {
            // compile to bytecode first, untimed; only the module's own start code runs under the limits
            Instance built = b.build();
            instance = env.guarded(
                    asset.id(),
                    sandbox -> call(asset.id().path(), sandbox, budget, tier, () -> built.initialize(true)));
        } catch (ChicoryException e) {
            throw new ScriptCompileException(where, "cannot instantiate: " + e.getMessage(), e);
        }
        return new WasmCompiledScript(this, asset.id(), module, instance, budget, tier);
    }

    private List<HostFunction> imports(WasmModule module, ScriptLocation where, InstructionBudget budget) {
        List<HostFunction> out = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            String qualified = imp.name();
            Optional<ApiBinding> binding = IMPORT_MODULE.equals(imp.module()) && imp instanceof FunctionImport
                    ? env.api().find(qualified)
                    : Optional.empty();
            if (binding.isEmpty()) {
                throw new ScriptCompileException(
                        where,
                        "import " + imp.module() + "." + imp.name()
                                + " is not allowed: only functions of the engine API, imported from module '"
                                + IMPORT_MODULE
                                + "' as \"module.function\" (e.g. \"transform.get_position\")");
            }
            FunctionType expected = WasmAbi.typeOf(binding.get().function());
            FunctionType declared = module.typeSection().getType(((FunctionImport) imp).typeIndex());
            if (!expected.typesMatch(declared)) {
                throw new ScriptCompileException(
                        where,
                        "import " + qualified + " has type " + declared + ", the API's ABI says " + expected + " ("
                                + binding.get().function().signature() + ")");
            }
            ApiBinding bound = binding.get();
            HostFunction typed = WasmTypedCalls.of(IMPORT_MODULE, bound, expected, env);
            if (typed != null) {
                out.add(typed);
                continue;
            }
            out.add(new HostFunction(IMPORT_MODULE, qualified, expected, (inst, args) -> {
                var values = WasmAbi.decode(bound.function(), inst, args);
                var result = env.invoke(bound, values);
                return WasmAbi.encode(bound.function(), inst, args, result);
            }));
        }
        return out;
    }

    /** Runs WASM code for {@code sandbox}, mapping interrupts, traps and host errors to the scripting layer's. */
    <T> T call(String file, Sandbox sandbox, InstructionBudget budget, ExecutionTier tier, Supplier<T> body) {
        Sandbox previous = budget.arm(sandbox);
        sandbox.interruptOnTimeout(tier == ExecutionTier.COMPILED);
        try {
            T result = body.get();
            if (sandbox.stopped() != null) throw sandbox.stopped();
            return result;
        } catch (ChicoryInterruptedException e) {
            ScriptLimitException stop = sandbox.stopped();
            throw stop != null ? stop : sandbox.exceed(LimitKind.EXECUTION_TIME, 0, "interrupted");
        } catch (ScriptException e) {
            throw e;
        } catch (ChicoryException | ArithmeticException | IndexOutOfBoundsException e) {
            if (sandbox.stopped() != null) throw sandbox.stopped();
            throw new ScriptRuntimeException(new ScriptLocation(file, 0), "trap: " + e.getMessage(), "", e);
        } catch (StackOverflowError e) {
            throw sandbox.exceed(LimitKind.STACK_DEPTH, 0, "call stack exhausted (runaway recursion)");
        } finally {
            budget.disarm(previous);
        }
    }

    @Override
    public void close() {}

    /** Counts interpreted instructions against the armed sandbox. */
    static final class InstructionBudget {
        private Sandbox sandbox;
        private long left = Long.MAX_VALUE;
        private long limit;

        Sandbox arm(Sandbox s) {
            Sandbox prev = sandbox;
            sandbox = s;
            limit = s.config().maxInstructions();
            left = limit;
            return prev;
        }

        void disarm(Sandbox prev) {
            sandbox = prev;
            left = Long.MAX_VALUE;
        }

        void step() {
            if (--left >= 0 && (left & 1023) != 0) return;
            Sandbox s = sandbox;
            if (s == null) return;
            if (s.stopped() != null) throw s.stopped();
            if (left < 0) {
                throw s.exceed(
                        LimitKind.INSTRUCTIONS,
                        limit,
                        "stopped after " + limit + " instructions: max_instructions is " + limit + " per call");
            }
        }
    }
}
