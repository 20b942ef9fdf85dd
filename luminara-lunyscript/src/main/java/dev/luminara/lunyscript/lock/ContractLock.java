package dev.luminara.lunyscript.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.lunyscript.ContractLockException;
import dev.luminara.lunyscript.DescriptorException;
import dev.luminara.lunyscript.SemanticVersion;
import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.descriptor.Semantic;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.ParamSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * "Freeze the graph": {@code lunyscript.lock} beside the descriptor records each semantic contract (domain, params with
 * types, ranges, defaults and allowed values, return type, idempotence) as one readable line. Loading a descriptor
 * whose contracts differ from the lock under the same {@code version} is refused; bumping the version and writing a
 * new lock ({@code luminara api lock --update}) is the deliberate, reviewable way to change meaning. Descriptions and
 * bindings are not part of a contract: engines may change how they implement a verb, not what it means.
 */
public final class ContractLock {
    public static final String FILE = "lunyscript.lock";

    private ContractLock() {}

    /** The contract line of one semantic. */
    public static String contract(Semantic s) {
        StringBuilder b = new StringBuilder(s.qualifiedName()).append('(');
        List<String> params = new ArrayList<>();
        for (ParamSpec p : ParamSpecs.of(s)) params.add(p.describe());
        b.append(String.join(", ", params)).append(") -> ").append(s.returnsValue() ? s.returns() : "void");
        if (s.idempotent()) b.append("; idempotent");
        if (s.exposedToLua()) b.append("; exposed_to_lua");
        return b.toString();
    }

    public static SortedContracts contracts(Descriptor d) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Semantic s : d.semantics().values()) out.put(s.name(), contract(s));
        return new SortedContracts(d.version(), out);
    }

    /** A version and its contracts by semantic name. */
    public record SortedContracts(String version, TreeMap<String, String> contracts) {}

    /** The changes from {@code locked} to {@code current}: added, removed and changed contracts. */
    public static List<String> changes(SortedContracts locked, SortedContracts current) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(locked.contracts().keySet());
        names.addAll(current.contracts().keySet());
        for (String n : names) {
            String was = locked.contracts().get(n);
            String now = current.contracts().get(n);
            if (was == null) out.add("added " + now);
            else if (now == null) out.add("removed " + was);
            else if (!was.equals(now)) out.add("changed " + was + " => " + now);
        }
        return out;
    }

    /** Refuses a descriptor whose contracts changed under a locked version; no lock file means nothing to check. */
    public static void verify(Descriptor d) {
        if (!d.files().exists(FILE)) return;
        SortedContracts locked = parse(d.files().read(FILE));
        SortedContracts current = contracts(d);
        List<String> changes = changes(locked, current);
        if (changes.isEmpty()) return;
        int cmp = SemanticVersion.parse(current.version()).compareTo(SemanticVersion.parse(locked.version()));
        if (cmp == 0) throw new ContractLockException(FILE, current.version(), changes);
        if (cmp < 0) {
            throw new DescriptorException(
                    d.file(),
                    "version",
                    "version " + current.version() + " is older than the locked " + locked.version());
        }
        // A bumped version may change contracts; the lock is stale until 'luminara api lock --update' rewrites it.
    }

    public static String render(SortedContracts c) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("version", c.version());
        ObjectNode contracts = root.putObject("contracts");
        c.contracts().forEach(contracts::put);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SortedContracts parse(String text) {
        try {
            JsonNode root = Json.mapper().readTree(text);
            TreeMap<String, String> contracts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("contracts").properties()) {
                contracts.put(e.getKey(), e.getValue().asText());
            }
            return new SortedContracts(root.path("version").asText(), contracts);
        } catch (IOException e) {
            throw new DescriptorException(FILE, "", "not a lock file: " + e.getMessage(), e);
        }
    }

    /** Writes the lock for the descriptor's current contracts; returns what changed against the old lock. */
    public static List<String> write(Descriptor d, Path lockFile) {
        SortedContracts current = contracts(d);
        List<String> changes = List.of();
        try {
            if (Files.exists(lockFile)) {
                changes = changes(parse(Files.readString(lockFile, StandardCharsets.UTF_8)), current);
            }
            Files.writeString(lockFile, render(current), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }
}
