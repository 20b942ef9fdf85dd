package dev.luminara.verify.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.schema.Suggest;
import dev.luminara.script.ScriptComponent;
import dev.luminara.verify.IssueSeverity;
import dev.luminara.verify.StaticIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Static checks that need the world but run nothing: the components the script {@code requires} and its event hooks
 * need, against each target entity. Reads the world only through component types it has registered.
 */
public final class WorldChecks {
    private static final Set<String> PER_FRAME = Set.of("on_update", "on_collision", "on_trigger", "on_message");

    private WorldChecks() {}

    public static List<StaticIssue> check(World world, String file, LuaFacts facts, List<Entity> targets) {
        List<StaticIssue> out = new ArrayList<>();
        for (String req : facts.requires()) {
            if (!world.components().has(req)) {
                out.add(new StaticIssue(
                        IssueSeverity.ERROR,
                        "requires",
                        file,
                        0,
                        0,
                        "requires names '" + req + "', which is not a component"
                                + Suggest.didYouMean(req, world.components().names()),
                        null));
                continue;
            }
            for (Entity e : targets) {
                if (!has(world, e, req)) {
                    out.add(new StaticIssue(
                            IssueSeverity.ERROR,
                            "requires",
                            file,
                            0,
                            0,
                            "the script requires " + req + ", which entity " + label(world, e) + " lacks: the host"
                                    + " refuses to start it there",
                            "add a " + req + " to " + label(world, e) + " or attach the script elsewhere"));
                }
            }
        }
        for (String hook : List.of("on_trigger", "on_collision")) {
            if (!facts.hooks().contains(hook)) continue;
            for (Entity e : targets) {
                if (!has(world, e, "Collider")) {
                    out.add(new StaticIssue(
                            IssueSeverity.WARNING,
                            "hook-needed",
                            file,
                            0,
                            0,
                            hook + " is defined but entity " + label(world, e) + " has no Collider, so it is never"
                                    + " called",
                            "add a Collider" + (hook.equals("on_trigger") ? " with trigger = true" : "") + " to "
                                    + label(world, e)));
                }
            }
        }
        for (LuaFacts.NameSite c : facts.components()) {
            if (world.components().has(c.name())) continue;
            out.add(new StaticIssue(
                    IssueSeverity.ERROR,
                    "unknown-component",
                    file,
                    c.line(),
                    c.column(),
                    "\"" + c.name() + "\" is not a component"
                            + Suggest.didYouMean(c.name(), world.components().names()),
                    "`luminara scene schema` lists the components"));
        }
        sharedPath(world, file, targets).ifPresent(out::add);
        return out;
    }

    /**
     * Applying writes the file, so every entity already running a script at this path runs the new code too, though
     * the sandbox ran it only on the targets: worth a warning, since it is seldom what was meant.
     */
    private static java.util.Optional<StaticIssue> sharedPath(World world, String file, List<Entity> targets) {
        if (!world.components().has("Script")) return java.util.Optional.empty();
        List<String> others = new ArrayList<>();
        for (Entity e : world.query(ScriptComponent.class).entities()) {
            if (!targets.contains(e)
                    && world.get(e, ScriptComponent.class).path().equals(file)) {
                others.add(label(world, e));
            }
        }
        if (others.isEmpty()) return java.util.Optional.empty();
        String who = others.size() <= 5
                ? String.join(", ", others)
                : String.join(", ", others.subList(0, 5)) + " and " + (others.size() - 5) + " more";
        return java.util.Optional.of(new StaticIssue(
                IssueSeverity.WARNING,
                "shared-script",
                file,
                0,
                0,
                file + " is already the script of " + who + ": applying replaces it there too, but the sandbox runs"
                        + " it only on the targets",
                "give the new script a path of its own, unless every entity running " + file + " should change"));
    }

    /** Entities the script would spawn, from literal loop counts at its {@code world.spawn} sites (0 if unknown). */
    public static long predictedSpawns(LuaFacts facts, int attached, int frames) {
        long total = 0;
        for (LuaFacts.SpawnSite s : facts.spawns()) {
            if (s.perCall() < 0) continue;
            long n = s.perCall() * attached;
            if (s.hook() != null && PER_FRAME.contains(s.hook())) n *= frames;
            total = n < 0 || total + n < 0 ? Long.MAX_VALUE : total + n;
        }
        return total;
    }

    private static boolean has(World world, Entity e, String component) {
        if (!world.components().has(component) || !world.isAlive(e)) return false;
        return world.has(e, world.components().byName(component).type());
    }

    private static String label(World world, Entity e) {
        if (world.components().has("Name") && world.isAlive(e)) {
            return world.find(e, Name.class)
                    .map(n -> n.value() + " (" + e + ")")
                    .orElse(e.toString());
        }
        return e.toString();
    }
}
