package dev.luminara.verify.internal;

import dev.luminara.core.schema.Suggest;
import dev.luminara.verify.IssueSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.FuncBody;
import org.luaj.vm2.ast.Name;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.SyntaxElement;
import org.luaj.vm2.ast.TableConstructor;
import org.luaj.vm2.ast.TableField;
import org.luaj.vm2.ast.Visitor;

/**
 * The table a script returns (its class): which hooks it defines and how, its {@code requires} and {@code reload}
 * metadata, and what is missing (no return, no hooks, a misspelt hook, half of a save/restore pair).
 */
record ClassTable(Set<String> hooks, List<String> requires, String reload) {
    private static final Set<String> STRATEGIES = Set.of("PreserveState", "SaveRestore", "Reset");

    static ClassTable analyze(Chunk chunk, Issues issues) {
        Builder b = new Builder(issues);
        List<?> stats = chunk.block.stats == null ? List.of() : chunk.block.stats;
        Object last = stats.isEmpty() ? null : stats.get(stats.size() - 1);
        if (!(last instanceof Stat.Return r) || r.values == null || r.values.size() != 1) {
            issues.add(
                    IssueSeverity.ERROR,
                    "no-class",
                    0,
                    0,
                    "the script does not end by returning its class table, so it has no hooks",
                    "end the script with `return C`, where `local C = {}` holds the hooks");
            return new ClassTable(Set.of(), List.of(), null);
        }
        Object value = r.values.get(0);
        if (value instanceof TableConstructor t) {
            b.fields(t);
        } else if (value instanceof Exp.NameExp n && n.name.variable != null && n.name.variable.isLocal()) {
            b.className = n.name.name;
            chunk.accept(b);
        } else {
            issues.add(
                    IssueSeverity.ERROR,
                    "no-class",
                    (SyntaxElement) r,
                    "the script must return a table of hooks (its class), not this expression",
                    "`local C = {}` ... `return C`");
            return new ClassTable(Set.of(), List.of(), null);
        }
        return b.finish(r);
    }

    private static final class Builder extends Visitor {
        final Issues issues;
        String className;
        final Set<String> hooks = new TreeSet<>();
        final List<String> requires = new ArrayList<>();
        String reload;

        Builder(Issues issues) {
            this.issues = issues;
        }

        @Override
        public void visit(Stat.LocalAssign a) {
            for (int i = 0; i < a.names.size() && a.values != null && i < a.values.size(); i++) {
                if (((Name) a.names.get(i)).name.equals(className) && a.values.get(i) instanceof TableConstructor t) {
                    fields(t);
                }
            }
            super.visit(a);
        }

        @Override
        public void visit(Stat.FuncDef f) {
            boolean ours = f.name.name.name.equals(className)
                    && (f.name.method != null || f.name.dots != null && f.name.dots.size() == 1);
            if (ours) {
                boolean method = f.name.method != null;
                String name = method ? f.name.method : String.valueOf(f.name.dots.get(0));
                function(name, f.body, method, f);
            }
            super.visit(f);
        }

        @Override
        public void visit(Stat.Assign a) {
            for (int i = 0; i < a.vars.size() && i < a.exps.size(); i++) {
                if (a.vars.get(i) instanceof Exp.FieldExp fe
                        && fe.lhs instanceof Exp.NameExp n
                        && n.name.name.equals(className)) {
                    member(fe.name.name, (Exp) a.exps.get(i), fe);
                }
            }
            super.visit(a);
        }

        void fields(TableConstructor t) {
            if (t.fields == null) return;
            for (Object o : t.fields) {
                TableField f = (TableField) o;
                if (f.name != null) member(f.name, f.rhs, f);
            }
        }

        void member(String name, Exp value, SyntaxElement at) {
            if (value instanceof Exp.AnonFuncDef fn) {
                function(name, fn.body, false, at);
            } else if (name.equals("requires") && value instanceof TableConstructor t && t.fields != null) {
                for (Object o : t.fields) {
                    TableField f = (TableField) o;
                    if (f.rhs instanceof Exp.Constant c && c.value.type() == LuaValue.TSTRING) {
                        requires.add(c.value.tojstring());
                    }
                }
            } else if (name.equals("reload") && value instanceof Exp.Constant c && c.value.type() == LuaValue.TSTRING) {
                reload = c.value.tojstring();
                if (!STRATEGIES.contains(reload)) {
                    issues.add(
                            IssueSeverity.ERROR,
                            "metadata",
                            at,
                            "reload must be one of " + new TreeSet<>(STRATEGIES) + ", got \"" + reload + "\""
                                    + Suggest.didYouMean(reload, STRATEGIES),
                            null);
                }
            }
        }

        void function(String name, FuncBody body, boolean method, SyntaxElement at) {
            if (LuaNames.HOOKS.contains(name)) {
                hooks.add(name);
                List<?> params = body.parlist == null || body.parlist.names == null ? List.of() : body.parlist.names;
                boolean selfFirst = !params.isEmpty() && ((Name) params.get(0)).name.equals("self");
                if (!method && !selfFirst) {
                    issues.add(
                            IssueSeverity.WARNING,
                            "hook-self",
                            at,
                            "hook `" + name + "` is called with the instance first, but its first parameter is not"
                                    + " `self`",
                            "define it as `function C:" + name + "(...)` or take `self` first");
                }
            } else if (name.startsWith("on_")) {
                String mean = Suggest.didYouMean(name, LuaNames.HOOKS);
                issues.add(
                        IssueSeverity.WARNING,
                        "unknown-hook",
                        at,
                        "`" + name + "` is not a hook, so it is never called" + mean.replace("'", "`"),
                        null);
            }
        }

        ClassTable finish(Stat.Return r) {
            if (hooks.isEmpty()) {
                issues.add(
                        IssueSeverity.ERROR,
                        "no-hooks",
                        (SyntaxElement) r,
                        "the class table defines none of the hooks " + new TreeSet<>(LuaNames.HOOKS)
                                + ", so the script never runs",
                        "add `function C:on_update(dt) ... end`");
            }
            if ("SaveRestore".equals(reload) && !(hooks.contains("on_save") && hooks.contains("on_restore"))) {
                issues.add(
                        IssueSeverity.WARNING,
                        "hook-needed",
                        0,
                        0,
                        "reload = \"SaveRestore\" needs both on_save and on_restore; state is lost on reload",
                        "define the missing " + (hooks.contains("on_save") ? "on_restore" : "on_save"));
            } else if (hooks.contains("on_save") != hooks.contains("on_restore")) {
                issues.add(
                        IssueSeverity.WARNING,
                        "hook-needed",
                        0,
                        0,
                        "on_save and on_restore work as a pair; only "
                                + (hooks.contains("on_save") ? "on_save" : "on_restore") + " is defined",
                        null);
            }
            return new ClassTable(hooks, requires, reload);
        }
    }
}
