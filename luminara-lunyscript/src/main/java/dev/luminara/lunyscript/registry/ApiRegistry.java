package dev.luminara.lunyscript.registry;

import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.SemanticVersion;
import dev.luminara.lunyscript.descriptor.BindingDef;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.EngineBindings;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.transform.TransformationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reflective path: a descriptor's bindings for one engine, resolved once at load into {@link ApiBinding}s with
 * cached method handles. Lookups are by semantic name ({@code SetSpeed}) or qualified name ({@code Vehicle.SetSpeed}).
 */
public final class ApiRegistry {
    /** LunyScript's own version, checked against a descriptor's {@code requires_luny}. */
    public static final SemanticVersion LUNY_VERSION = new SemanticVersion(0, 1, 0);

    private final Descriptor descriptor;
    private final EngineAdapter adapter;
    private final Map<String, ApiBinding> bindings;
    private final Map<String, ApiBinding> byQualifiedName = new HashMap<>();
    private final ValidationReport report;

    private ApiRegistry(
            Descriptor descriptor, EngineAdapter adapter, Map<String, ApiBinding> bindings, ValidationReport report) {
        this.descriptor = descriptor;
        this.adapter = adapter;
        this.bindings = bindings;
        this.report = report;
        bindings.values().forEach(b -> byQualifiedName.put(b.qualifiedName(), b));
    }

    /** Loads with the built-in transforms; fails with every error located when any binding is broken. */
    public static ApiRegistry load(Descriptor descriptor, EngineAdapter adapter) {
        return load(descriptor, adapter, TransformationRegistry.withBuiltIns(), LUNY_VERSION);
    }

    public static ApiRegistry load(
            Descriptor descriptor,
            EngineAdapter adapter,
            TransformationRegistry transforms,
            SemanticVersion lunyVersion) {
        Loaded loaded = resolve(descriptor, adapter, transforms, lunyVersion);
        List<Problem> errors = loaded.report.errors();
        if (!errors.isEmpty()) throw new RegistryLoadException(errors.get(0), loaded.report);
        return new ApiRegistry(descriptor, adapter, loaded.bindings, loaded.report);
    }

    /**
     * Loads whatever binds and reports the rest, without failing: what {@code luminara api report} and the graph dump
     * use. Do not run scripts on a registry whose {@link #report()} has errors.
     */
    public static ApiRegistry inspect(Descriptor descriptor, EngineAdapter adapter) {
        Loaded loaded = resolve(descriptor, adapter, TransformationRegistry.withBuiltIns(), LUNY_VERSION);
        return new ApiRegistry(descriptor, adapter, loaded.bindings, loaded.report);
    }

    private record Loaded(Map<String, ApiBinding> bindings, ValidationReport report) {}

    private static Loaded resolve(
            Descriptor descriptor,
            EngineAdapter adapter,
            TransformationRegistry transforms,
            SemanticVersion lunyVersion) {
        String engine = adapter.info().name();
        List<Problem> problems = new ArrayList<>();
        if (descriptor.requiresLuny() != null
                && lunyVersion.compareTo(SemanticVersion.parse(descriptor.requiresLuny())) < 0) {
            problems.add(new Problem(
                    Severity.ERROR,
                    descriptor.file(),
                    "requires_luny",
                    "this descriptor needs" + " LunyScript " + descriptor.requiresLuny() + " or later, this is "
                            + lunyVersion));
        }
        EngineBindings engineBindings = descriptor.engines().get(engine);
        if (engineBindings == null) {
            problems.add(new Problem(
                    Severity.ERROR,
                    descriptor.file(),
                    "engines",
                    "no bindings for engine '" + engine + "'"
                            + Suggest.didYouMean(engine, descriptor.engines().keySet())));
            engineBindings = new EngineBindings(engine, descriptor.file(), List.of());
        }
        BindingBuilder builder =
                new BindingBuilder(adapter, transforms, adapter.objectType().getClassLoader());
        Map<String, ApiBinding> out = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        for (BindingDef def : engineBindings.bindings()) {
            Optional<Semantic> semantic = descriptor.semantic(def.semantic());
            if (semantic.isEmpty()) {
                unmapped.add(def.semantic());
                problems.add(new Problem(
                        Severity.WARNING,
                        def.origin().file(),
                        def.origin().keyPath(),
                        "binding for '" + def.semantic() + "', which no semantic defines"
                                + Suggest.didYouMean(
                                        def.semantic(), descriptor.semantics().keySet())));
                continue;
            }
            try {
                out.put(def.semantic(), builder.build(semantic.get(), def));
            } catch (DescriptorException e) {
                problems.add(new Problem(Severity.ERROR, e.file(), e.keyPath(), problemText(e)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Semantic s : descriptor.semantics().values()) {
            if (engineBindings.find(s.name()).isEmpty()) {
                missing.add(s.name());
                problems.add(new Problem(
                        Severity.INFO,
                        s.origin().file(),
                        s.origin().keyPath(),
                        engine + " does not implement " + s.qualifiedName()));
            }
        }
        ValidationReport report = new ValidationReport(
                engine,
                adapter.info().version().toString(),
                new ArrayList<>(out.keySet()),
                missing,
                unmapped,
                problems);
        return new Loaded(out, report);
    }

    private static String problemText(DescriptorException e) {
        String prefix = e.file() + ": " + (e.keyPath().isEmpty() ? "" : e.keyPath() + ": ");
        String m = e.getMessage();
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    public Descriptor descriptor() {
        return descriptor;
    }

    public EngineAdapter adapter() {
        return adapter;
    }

    public ValidationReport report() {
        return report;
    }

    public Collection<ApiBinding> bindings() {
        return bindings.values();
    }

    public Optional<ApiBinding> find(String name) {
        ApiBinding b = bindings.get(name);
        return b != null ? Optional.of(b) : Optional.ofNullable(byQualifiedName.get(name));
    }

    /** The binding of a semantic; the error says whether the verb is unknown or only unbound on this engine. */
    public ApiBinding binding(String name) {
        Optional<ApiBinding> b = find(name);
        if (b.isPresent()) return b.get();
        String bare = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
        if (descriptor.semantics().containsKey(bare)) {
            throw new LunyScriptException(
                    "'" + name + "' is not implemented on " + adapter.info().name());
        }
        throw new LunyScriptException("unknown verb '" + name + "'"
                + Suggest.didYouMean(bare, descriptor.semantics().keySet()));
    }
}
