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
 */
public record LuaFacts(
        List<StaticIssue> issues, Set<String> hooks, List<String> requires, String reload, List<SpawnSite> spawns) {
    public LuaFacts {
        issues = List.copyOf(issues);
        hooks = Set.copyOf(hooks);
        requires = List.copyOf(requires);
        spawns = List.copyOf(spawns);
    }

    /**
     * A {@code world.spawn} call.
     *
     * @param hook the hook it is in, or null at the top level
     * @param perCall how many times one run of the hook reaches it (product of literal loop counts), -1 if unknown
     */
    public record SpawnSite(int line, String hook, long perCall) {}
}
