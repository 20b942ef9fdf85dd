package dev.luminara.codegen;

import dev.luminara.lunyscript.registry.ApiRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Descriptor to Java sources, as a list of small rules: contracts, service interfaces, blocks, verb registration,
 * and per engine the service implementations and their factory. Each engine's bindings are resolved by the same
 * {@link ApiRegistry} load as the reflective path, so both paths bind the same members.
 */
public final class CodeGenerator {
    static final List<Rule> RULES = List.of(
            new ContractRule(),
            new ServiceInterfaceRule(),
            new BlocksRule(),
            new VerbRegistrationRule(),
            new EngineServiceRule(),
            new ServiceSetRule());

    private CodeGenerator() {}

    public static List<GeneratedFile> generate(GenerationRequest request) {
        return generate(request, RULES);
    }

    static List<GeneratedFile> generate(GenerationRequest request, List<Rule> rules) {
        List<Model.Engine> engines = new ArrayList<>();
        for (EngineTarget t : request.engines()) {
            engines.add(new Model.Engine(t, ApiRegistry.load(request.descriptor(), t.adapter())));
        }
        Model model = new Model(request.descriptor(), request.commonPackage(), request.commonSourceRoot(), engines);
        List<GeneratedFile> out = new ArrayList<>();
        for (Rule rule : rules) out.addAll(rule.apply(model));
        return out;
    }

    /** Writes the files under {@code outRoot}, deleting stale files in the generated packages; returns what changed. */
    public static List<String> write(List<GeneratedFile> files, Path outRoot) {
        List<String> changed = drift(files, outRoot);
        try {
            for (Path stale : staleFiles(files, outRoot)) Files.delete(stale);
            for (GeneratedFile f : files) {
                Path p = outRoot.resolve(f.path());
                Files.createDirectories(p.getParent());
                if (!Files.exists(p)
                        || !Files.readString(p, StandardCharsets.UTF_8).equals(f.content())) {
                    Files.writeString(p, f.content(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** Files that differ from, are missing from, or are left over in {@code outRoot}: empty when up to date. */
    public static List<String> drift(List<GeneratedFile> files, Path outRoot) {
        List<String> out = new ArrayList<>();
        try {
            for (GeneratedFile f : files) {
                Path p = outRoot.resolve(f.path());
                if (!Files.exists(p)) out.add("missing " + f.path());
                else if (!Files.readString(p, StandardCharsets.UTF_8).equals(f.content()))
                    out.add("changed " + f.path());
            }
            for (Path stale : staleFiles(files, outRoot)) out.add("stale " + outRoot.relativize(stale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> staleFiles(List<GeneratedFile> files, Path outRoot) throws IOException {
        Set<Path> expected = new TreeSet<>();
        Set<Path> dirs = new TreeSet<>();
        for (GeneratedFile f : files) {
            Path p = outRoot.resolve(f.path()).normalize();
            expected.add(p);
            dirs.add(p.getParent());
        }
        List<Path> stale = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".java") && !expected.contains(p.normalize()))
                        .forEach(stale::add);
            }
        }
        return stale;
    }
}
