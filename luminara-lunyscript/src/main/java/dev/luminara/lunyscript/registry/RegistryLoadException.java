package dev.luminara.lunyscript.registry;

import dev.luminara.lunyscript.DescriptorException;

/** Loading found errors; the message lists each one with its file and key path, the report has them all. */
public final class RegistryLoadException extends DescriptorException {
    private final transient ValidationReport report;

    RegistryLoadException(Problem first, ValidationReport report) {
        super(first.file(), first.keyPath(), first.message() + more(report));
        this.report = report;
    }

    private static String more(ValidationReport report) {
        int n = report.errors().size();
        if (n <= 1) return "";
        return " (and " + (n - 1) + " more: "
                + String.join(
                        "; ",
                        report.errors().stream().skip(1).map(Problem::toString).toList()) + ")";
    }

    public ValidationReport report() {
        return report;
    }
}
