package dev.luminara.lunyscript.report;

import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.registry.ApiBinding;
import dev.luminara.lunyscript.registry.ApiRegistry;
import java.util.List;
import java.util.Map;

/** A PlantUML component diagram of semantics → bindings: one package per domain and per engine, one arrow a binding. */
public final class PlantUml {
    private PlantUml() {}

    public static String render(ApiReport report) {
        StringBuilder b = new StringBuilder("@startuml\n");
        var descriptor = report.registries().isEmpty()
                ? null
                : report.registries().get(0).descriptor();
        b.append("title LunyScript ")
                .append(descriptor == null ? "" : descriptor.version())
                .append(": semantics -> bindings\n");
        b.append("left to right direction\nskinparam shadowing false\n");
        if (descriptor != null) {
            for (Map.Entry<String, List<Semantic>> d : descriptor.byDomain().entrySet()) {
                b.append("package \"").append(d.getKey()).append("\" {\n");
                for (Semantic s : d.getValue()) {
                    b.append("  rectangle \"")
                            .append(s.name())
                            .append('(')
                            .append(String.join(
                                    ", ", s.params().stream().map(p -> p.name()).toList()))
                            .append(')')
                            .append(s.returnsValue() ? " : " + s.returns() : "")
                            .append("\" as ")
                            .append(id(s.name()))
                            .append('\n');
                }
                b.append("}\n");
            }
        }
        for (ApiRegistry r : report.registries()) {
            String engine = r.adapter().info().name();
            b.append("package \"")
                    .append(engine)
                    .append(' ')
                    .append(r.adapter().info().version())
                    .append("\" {\n");
            for (ApiBinding x : r.bindings()) {
                b.append("  rectangle \"")
                        .append(x.target().describe())
                        .append("\" as ")
                        .append(id(engine + "_" + x.semantic().name()))
                        .append('\n');
            }
            b.append("}\n");
            for (ApiBinding x : r.bindings()) {
                b.append(id(x.semantic().name()))
                        .append(" --> ")
                        .append(id(engine + "_" + x.semantic().name()))
                        .append(" : ")
                        .append(x.strategy());
                if (!x.transforms().isEmpty()) b.append("\\n").append(String.join("\\n", x.transforms()));
                b.append('\n');
            }
        }
        return b.append("@enduml\n").toString();
    }

    private static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
