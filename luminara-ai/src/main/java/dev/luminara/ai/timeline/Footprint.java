package dev.luminara.ai.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.SavedEntity;
import dev.luminara.core.Entity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an operation touched, derived from its commands and their inverses: whole entities (spawned, destroyed,
 * restored), components (added, removed), fields (modified) and scripts. Two footprints overlap when they touch the
 * same script, or the same entity slot where one touch contains the other (an entity contains its components, a
 * component its fields, a field its members). Slots are compared by index, so a re-used slot counts as the same.
 */
final class Footprint {
    /** One touch; {@code component} and {@code field} are null when the touch is wider. */
    record Touch(int slot, Entity entity, String component, String field, String script) {
        static Touch entity(Entity e) {
            return new Touch(e.index(), e, null, null, null);
        }

        static Touch component(Entity e, String c) {
            return new Touch(e.index(), e, c, null, null);
        }

        static Touch field(Entity e, String c, String f) {
            return new Touch(e.index(), e, c, f, null);
        }

        static Touch script(String path) {
            return new Touch(-1, null, null, null, path);
        }

        boolean overlaps(Touch o) {
            if (script != null || o.script != null) return script != null && script.equals(o.script);
            if (slot != o.slot) return false;
            if (component == null || o.component == null) return true;
            if (!component.equals(o.component)) return false;
            if (field == null || o.field == null) return true;
            return field.equals(o.field) || field.startsWith(o.field + ".") || o.field.startsWith(field + ".");
        }

        @Override
        public String toString() {
            if (script != null) return "script " + script;
            return entity + (component == null ? "" : " " + component + (field == null ? "" : "." + field));
        }
    }

    private final Set<Touch> touches;

    private Footprint(Set<Touch> touches) {
        this.touches = touches;
    }

    static Footprint of(List<EngineCommand> commands, List<EngineCommand> inverses) {
        Set<Touch> out = new LinkedHashSet<>();
        commands.forEach(c -> add(c, out));
        inverses.forEach(c -> add(c, out));
        return new Footprint(out);
    }

    static Footprint of(Operation op) {
        return of(op.commands(), op.inverses());
    }

    /** What the operations after {@code target} (oldest first, {@code target} itself skipped) touched of its own. */
    static List<Conflict> conflicts(
            Operation target, List<Long> later, java.util.function.LongFunction<Operation> load) {
        Footprint mine = of(target);
        List<Conflict> out = new ArrayList<>();
        for (long id : later) {
            if (id == target.id()) continue;
            Operation l = load.apply(id);
            for (String what : mine.overlaps(of(l))) out.add(new Conflict(id, l.prompt(), what));
        }
        return out;
    }

    /** Refuses to undo {@code target} again when a later operation already undid or rolled it back. */
    static void refuseIfUndone(Operation target, List<Long> later, java.util.function.LongFunction<Operation> load) {
        List<String> marks = List.of("undo-of:" + target.id(), "rollback-of:" + target.id());
        for (long id : later) {
            Operation l = load.apply(id);
            if (id != target.id() && l.tags().stream().anyMatch(marks::contains)) {
                throw new TimelineException(
                        "#" + target.id() + " is already undone by #" + l.id() + " (" + l.prompt() + ")");
            }
        }
    }

    /** Two branches' operations since they parted ({@code a}, {@code b} are their heads) and what both touched. */
    static BranchDiff diff(
            String from,
            String to,
            long a,
            long b,
            OperationTree tree,
            java.util.function.LongFunction<Operation> load) {
        long common = tree.commonAncestor(a, b);
        List<Operation> onlyFrom = new ArrayList<>(), onlyTo = new ArrayList<>();
        tree.pathFrom(common, a).forEach(id -> onlyFrom.add(load.apply(id)));
        tree.pathFrom(common, b).forEach(id -> onlyTo.add(load.apply(id)));
        List<String> both = new ArrayList<>();
        for (Operation x : onlyFrom) {
            for (Operation y : onlyTo) {
                for (String what : of(x).overlaps(of(y))) if (!both.contains(what)) both.add(what);
            }
        }
        return new BranchDiff(from, to, common, onlyFrom, onlyTo, both);
    }

    /** Descriptions of this footprint's touches that overlap {@code other}'s. */
    List<String> overlaps(Footprint other) {
        List<String> out = new ArrayList<>();
        for (Touch t : touches) {
            for (Touch o : other.touches) {
                if (t.overlaps(o)) {
                    String what = t.toString().length() >= o.toString().length() ? t.toString() : o.toString();
                    if (!out.contains(what)) out.add(what);
                }
            }
        }
        return out;
    }

    Set<Touch> touches() {
        return touches;
    }

    private static void add(EngineCommand c, Set<Touch> out) {
        if (c instanceof EngineCommand.SpawnEntity s) {
            if (s.entity() != null) out.add(Touch.entity(s.entity()));
            if (s.parent() != null) out.add(Touch.component(s.parent(), "Children"));
        } else if (c instanceof EngineCommand.DestroyEntity d) {
            out.add(Touch.entity(d.entity()));
        } else if (c instanceof EngineCommand.RestoreEntities r) {
            for (SavedEntity e : r.entities()) out.add(Touch.entity(e.id()));
            if (r.parent() != null) out.add(Touch.component(r.parent(), "Children"));
        } else if (c instanceof EngineCommand.SetParent p) {
            out.add(Touch.component(p.entity(), "Parent"));
            if (p.parent() != null) out.add(Touch.component(p.parent(), "Children"));
        } else if (c instanceof EngineCommand.AddComponent a) {
            out.add(Touch.component(a.entity(), a.component()));
        } else if (c instanceof EngineCommand.RemoveComponent r) {
            out.add(Touch.component(r.entity(), r.component()));
        } else if (c instanceof EngineCommand.ModifyComponent m) {
            for (String f : fields(m.mutation())) out.add(Touch.field(m.entity(), m.component(), f));
        } else if (c instanceof EngineCommand.CreateScript s) {
            out.add(Touch.script(s.path()));
        } else if (c instanceof EngineCommand.ModifyScript s) {
            out.add(Touch.script(s.path()));
        } else if (c instanceof EngineCommand.DeleteScript s) {
            out.add(Touch.script(s.path()));
        } else if (c instanceof EngineCommand.WriteScriptBytes s) {
            out.add(Touch.script(s.path()));
        } else {
            throw new IllegalStateException("unhandled command " + c.getClass().getSimpleName());
        }
    }

    /** The field paths a mutation writes; a merge patch writes its leaves. */
    private static List<String> fields(ComponentMutation m) {
        List<String> out = new ArrayList<>();
        if (m instanceof ComponentMutation.SetField s) {
            out.add(s.path());
        } else if (m instanceof ComponentMutation.AddToField a) {
            out.add(a.path());
        } else if (m instanceof ComponentMutation.ScaleField s) {
            out.add(s.path());
        } else if (m instanceof ComponentMutation.Merge merge) {
            leaves("", merge.patch(), out);
        } else {
            throw new IllegalStateException("unhandled mutation " + m.getClass().getSimpleName());
        }
        return out;
    }

    private static void leaves(String prefix, JsonNode node, List<String> out) {
        if (node.isObject() && node.size() > 0) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                leaves(prefix + name + ".", node.get(name), out);
            }
        } else if (!prefix.isEmpty()) {
            out.add(prefix.substring(0, prefix.length() - 1));
        }
    }
}
