package dev.luminara.lunyscript.report;

import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.registry.Problem;
import dev.luminara.lunyscript.registry.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coverage of a descriptor across engines: per engine the share of semantics it implements, the missing ones, the
 * unmapped bindings and every problem; then one line per semantic with each engine's target and strategy.
 */
public final class ApiReport {
    private final Descriptor descriptor;
    private final List<ApiRegistry> registries;

    private ApiReport(Descriptor descriptor, List<ApiRegistry> registries) {
        this.descriptor = descriptor;
        this.registries = List.copyOf(registries);
    }

    public static ApiReport of(Descriptor descriptor, List<EngineAdapter> adapters) {
        List<ApiRegistry> registries = new ArrayList<>();
        for (EngineAdapter a : adapters) registries.add(ApiRegistry.inspect(descriptor, a));
        return new ApiReport(descriptor, registries);
    }

    public List<ValidationReport> engines() {
        return registries.stream().map(ApiRegistry::report).toList();
    }

    public List<ApiRegistry> registries() {
        return registries;
    }

    public boolean ok() {
        return engines().stream().allMatch(ValidationReport::ok);
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("LunyScript descriptor ")
                .append(descriptor.file())
                .append(" version ")
                .append(descriptor.version())
                .append(": ")
                .append(descriptor.semantics().size())
                .append(" semantics in ")
                .append(descriptor.domains().size())
                .append(" domains\n\n");
        for (ValidationReport r : engines()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%s %s: %d/%d implemented (%.0f%%)%n",
                    r.engine(),
                    r.engineVersion(),
                    r.implemented().size(),
                    r.implemented().size() + r.missing().size(),
                    100 * r.coverage()));
            b.append("  missing:  ")
                    .append(r.missing().isEmpty() ? "none" : String.join(", ", r.missing()))
                    .append('\n');
            b.append("  unmapped: ")
                    .append(r.unmapped().isEmpty() ? "none" : String.join(", ", r.unmapped()))
                    .append('\n');
            for (Problem p : r.problems()) {
                if (p.severity() != dev.luminara.lunyscript.registry.Severity.INFO)
                    b.append("  ").append(p).append('\n');
            }
        }
        b.append('\n');
        for (Semantic s :
                descriptor.byDomain().values().stream().flatMap(List::stream).toList()) {
            b.append(s.qualifiedName()).append('\n');
            for (ApiRegistry r : registries) {
                Optional<ApiBinding> binding = r.find(s.name());
                b.append("  ").append(r.adapter().info().name()).append(": ");
                if (binding.isEmpty()) {
                    b.append("-\n");
                    continue;
                }
                ApiBinding x = binding.get();
                b.append(x.strategy()).append(' ').append(x.target().describe());
                if (!x.transforms().isEmpty()) b.append(" via ").append(String.join(", ", x.transforms()));
                b.append('\n');
            }
        }
        return b.toString();
    }
}
