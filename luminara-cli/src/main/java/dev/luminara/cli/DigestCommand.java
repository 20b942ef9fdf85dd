package dev.luminara.cli;

import dev.luminara.ai.AiEngine;
import dev.luminara.ai.AiJson;
import dev.luminara.ai.context.ContextRequest;
import dev.luminara.ai.context.DigestLevel;
import dev.luminara.ai.context.TokenCounter;
import dev.luminara.ai.context.WorldContext;
import dev.luminara.core.Entity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code luminara digest <scene> --query … --max-tokens N}: the world digest an agent would get. */
@Command(
        name = "digest",
        mixinStandardHelpOptions = true,
        description = {
            "Print the token-budgeted world digest an AI agent gets for a query: summary, the most relevant entities"
                    + " (each at the richest level that fits), schemas of what is shown, performance.",
            "The digest never exceeds --max-tokens, counted with the chosen tokenizer; the count goes to stderr."
        })
final class DigestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scene>", description = "Scene file (luminara.scene/1 JSON).")
    Path scene;

    @Option(names = "--query", paramLabel = "TEXT", defaultValue = "", description = "What the agent is about to do.")
    String query;

    @Option(
            names = "--max-tokens",
            paramLabel = "N",
            description = "Token budget, at least 1 (default: the level's, 5000 for detail).")
    Integer maxTokens;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            defaultValue = "detail",
            description = "summary, catalog, detail or full (full needs --entity) (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--entity", paramLabel = "ID", description = "The entity for --level full, e.g. 12v0.")
    String entity;

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            defaultValue = TokenCounter.DEFAULT_ENCODING,
            description = "Tokenizer: cl100k_base, o200k_base, p50k_base, r50k_base (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--json", description = "Print the digest's structured form as JSON instead of its text.")
    boolean json;

    @Override
    public Integer call() {
        if (maxTokens != null && maxTokens < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--max-tokens must be >= 1, got " + maxTokens + " (leave it out for the level's budget)");
        }
        DigestLevel digestLevel = level();
        try (AiEngine ai = AiCli.scene(scene, encoding)) {
            WorldContext ctx =
                    ai.context(new ContextRequest(digestLevel, maxTokens == null ? 0 : maxTokens, List.of(), null));
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? AiJson.write(ctx) : ctx.text());
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println(ctx.tokenUsage() + " of " + ctx.maxTokens() + " tokens (" + ctx.encoding() + "), "
                    + ctx.entities().size() + " of " + ctx.summary().entityCount() + " entities");
            err.flush();
        }
        return 0;
    }

    private DigestLevel level() {
        switch (level.toLowerCase(Locale.ROOT)) {
            case "summary":
                return new DigestLevel.WorldSummary();
            case "catalog":
                return new DigestLevel.EntityCatalog();
            case "detail":
                return new DigestLevel.EntityDetail(query);
            case "full":
                if (entity == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--level full needs --entity ID");
                }
                try {
                    return new DigestLevel.FullEntity(Entity.parse(entity));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            default:
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown --level '" + level + "'; expected summary, catalog, detail or full");
        }
    }
}
