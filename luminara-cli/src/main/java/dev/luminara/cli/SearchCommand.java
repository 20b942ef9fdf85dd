package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.context.TokenCounter;
import dev.luminara.ai.search.SearchHit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara search <scene> "the red enemy near the tower"}: entities by description, with scores. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Find entities by description (names, tags, components, colours, scripts, descriptions,"
                + " position words such as 'north-east corner' or 'near the tower'), best first, with scores.")
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene>", description = "Scene file (luminara.scene/1 JSON).")
    Path scene;

    @Parameters(index = "1", paramLabel = "<description>", description = "What to look for, in plain words.")
    String description;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "10",
            description = "How many hits (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (top < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--top must be >= 1, got " + top);
        try (AiEngine ai = AiCli.scene(scene, TokenCounter.DEFAULT_ENCODING)) {
            List<SearchHit> hits = ai.search(description, top);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(AiJson.write(hits));
            } else if (hits.isEmpty()) {
                out.println("no entity matches '" + description + "'");
            } else {
                for (SearchHit h : hits) {
                    out.println(String.format(
                            Locale.ROOT, "%-8s %-24s %7.3f", h.entity(), h.name() == null ? "-" : h.name(), h.score()));
                }
            }
            out.flush();
        }
        return 0;
    }
}
