package dev.luminara.verify.internal;

import dev.luminara.verify.StaticIssue;
import java.util.List;
import java.util.Set;

/**
 * What static analysis learnt about a Lua script.
 *
 * @param hooks the hooks its class table defines
 * @param requires the literal {@code requires = {...}} component names
 * @param reload the literal {@code reload} strategy, or null
 * @param spawns every {@code world.spawn} call site
 * @param components component names given as literals to API calls ({@code world.get_component(e, "Transform")}),
 *     checked against the world's registry later: games register their own, and facts are cached without a world
 */
public record LuaFacts(
        List<StaticIssue> issues,
        Set<String> hooks,
        List<String> requires,
        String reload,
        List<SpawnSite> spawns,
        List<NameSite> components) {
    public LuaFacts {
        issues = List.copyOf(issues);
        hooks = Set.copyOf(hooks);
        requires = List.copyOf(requires);
        spawns = List.copyOf(spawns);
        components = List.copyOf(components);
    }

    /** Facts with no literal component names (WASM, or a script that stopped at a syntax error). */
    public LuaFacts(
            List<StaticIssue> issues, Set<String> hooks, List<String> requires, String reload, List<SpawnSite> spawns) {
        this(issues, hooks, requires, reload, spawns, List.of());
    }

    /** A literal name at a position of the script. */
    public record NameSite(String name, int line, int column) {}

    /**
     * A {@code world.spawn} call.
     *
     * @param hook the hook it is in, or null at the top level
     * @param perCall how many times one run of the hook reaches it (product of literal loop counts), -1 if unknown
     */
    public record SpawnSite(int line, String hook, long perCall) {}
}
