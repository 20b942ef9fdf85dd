package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.DescriptorException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A loaded descriptor: the contract {@code version}, the semantics by name, and the bindings of each engine. Names are
 * kept sorted so that everything derived from a descriptor (generated code, reports, locks) is stable.
 */
public record Descriptor(
        String version,
        String requiresLuny,
        SortedMap<String, Semantic> semantics,
        SortedMap<String, EngineBindings> engines,
        String file,
        DescriptorFiles files) {
    public Descriptor {
        semantics = new TreeMap<>(semantics);
        engines = new TreeMap<>(engines);
    }

    public Optional<Semantic> semantic(String name) {
        return Optional.ofNullable(semantics.get(name));
    }

    /** The bindings of an engine; the error lists the engines the descriptor does have. */
    public EngineBindings engine(String name) {
        EngineBindings b = engines.get(name);
        if (b == null) {
            throw new DescriptorException(
                    file,
                    "engines",
                    "no bindings for engine '" + name + "' (has: " + String.join(", ", engines.keySet()) + ")");
        }
        return b;
    }

    /** Domains in name order, each with its semantics in name order. */
    public SortedMap<String, List<Semantic>> byDomain() {
        return semantics.values().stream()
                .collect(Collectors.groupingBy(Semantic::domain, TreeMap::new, Collectors.toList()));
    }

    public TreeSet<String> domains() {
        return new TreeSet<>(byDomain().keySet());
    }

    public Map<String, Semantic> semanticsOf(String domain) {
        return semantics.entrySet().stream()
                .filter(e -> e.getValue().domain().equals(domain))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
