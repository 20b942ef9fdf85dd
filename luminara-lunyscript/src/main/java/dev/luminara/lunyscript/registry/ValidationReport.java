package dev.luminara.lunyscript.registry;

import java.util.List;

/**
 * What loading one engine's bindings found: the semantics it implements, those it lacks, bindings that name no
 * semantic, and every problem with its location.
 */
public record ValidationReport(
        String engine,
        String engineVersion,
        List<String> implemented,
        List<String> missing,
        List<String> unmapped,
        List<Problem> problems) {
    public ValidationReport {
        implemented = List.copyOf(implemented);
        missing = List.copyOf(missing);
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public boolean ok() {
        return errors().isEmpty();
    }

    /** Implemented semantics as a share of all semantics, 0..1. */
    public double coverage() {
        int all = implemented.size() + missing.size();
        return all == 0 ? 1 : (double) implemented.size() / all;
    }
}
