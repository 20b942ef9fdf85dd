package dev.luminara.verify.internal;

import dev.luminara.core.schema.Suggest;
import dev.luminara.verify.IssueSeverity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.FuncArgs;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.TableField;
import org.luaj.vm2.ast.Visitor;

/** The main walk over a resolved chunk: names, library and API calls, loops and spawn sites. */
final class LuaWalker extends Visitor {
    private final ApiCatalog catalog;
    private final Issues issues;
    private final Set<String> scriptGlobals;
    private final Predicate<String> moduleExists;
    private final CallChecker calls;
    private final Set<Object> prefixes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> reportedGlobals = new TreeSet<>();
    private final Deque<String> functions = new ArrayDeque<>();
    private final Deque<Long> loops = new ArrayDeque<>();
    private final List<LuaFacts.SpawnSite> spawns = new ArrayList<>();

    LuaWalker(ApiCatalog catalog, Issues issues, Set<String> scriptGlobals, Predicate<String> moduleExists) {
        this.catalog = catalog;
        this.issues = issues;
        this.scriptGlobals = scriptGlobals;
        this.moduleExists = moduleExists;
        this.calls = new CallChecker(catalog, issues);
    }

    List<LuaFacts.NameSite> components() {
        return calls.components();
    }

    List<LuaFacts.SpawnSite> spawns() {
        return spawns;
    }

    // ---- function contexts ----

    @Override
    public void visit(Stat.FuncDef f) {
        String name = f.name.method != null
                ? f.name.method
                : f.name.dots != null && !f.name.dots.isEmpty()
                        ? String.valueOf(f.name.dots.get(f.name.dots.size() - 1))
                        : f.name.name.name;
        within(name, () -> super.visit(f));
    }

    @Override
    public void visit(Stat.LocalFuncDef f) {
        within(f.name.name, () -> super.visit(f));
    }

    @Override
    public void visit(TableField f) {
        if (f.name != null && f.rhs instanceof Exp.AnonFuncDef) within(f.name, () -> super.visit(f));
        else super.visit(f);
    }

    @Override
    public void visit(Stat.Assign a) {
        if (a.vars.size() == 1
                && a.exps.size() == 1
                && a.vars.get(0) instanceof Exp.FieldExp fe
                && a.exps.get(0) instanceof Exp.AnonFuncDef) {
            within(fe.name.name, () -> super.visit(a));
        } else {
            super.visit(a);
        }
    }

    private void within(String function, Runnable body) {
        functions.push(function);
        Deque<Long> outer = new ArrayDeque<>(loops);
        loops.clear(); // a function's body runs once per call, whatever loop defines it
        try {
            body.run();
        } finally {
            functions.pop();
            loops.clear();
            outer.descendingIterator().forEachRemaining(loops::push);
        }
    }

    // ---- loops ----

    @Override
    public void visit(Stat.NumericFor f) {
        loops.push(tripCount(f));
        try {
            super.visit(f);
        } finally {
            loops.pop();
        }
    }

    @Override
    public void visit(Stat.GenericFor f) {
        loops.push(-1L);
        try {
            super.visit(f);
        } finally {
            loops.pop();
        }
    }

    @Override
    public void visit(Stat.WhileDo w) {
        if (w.exp instanceof Exp.Constant c && c.value.toboolean() && !Exits.any(w.block)) endless(w);
        loops.push(-1L);
        try {
            super.visit(w);
        } finally {
            loops.pop();
        }
    }

    @Override
    public void visit(Stat.RepeatUntil r) {
        if (r.exp instanceof Exp.Constant c && !c.value.toboolean() && !Exits.any(r.block)) endless(r);
        loops.push(-1L);
        try {
            super.visit(r);
        } finally {
            loops.pop();
        }
    }

    private void endless(org.luaj.vm2.ast.SyntaxElement at) {
        issues.add(
                IssueSeverity.WARNING,
                "infinite-loop",
                at,
                "this loop has no break, return or error: it runs until the sandbox's max_instructions or"
                        + " max_execution_time stops the hook"
                        + (functions.isEmpty() ? "" : " (" + functions.peek() + ")"),
                "loop over a bounded range, or spread the work over frames in on_update");
    }

    private static long tripCount(Stat.NumericFor f) {
        Literal from = Literal.of(f.initial), to = Literal.of(f.limit);
        Literal step = f.step == null ? new Literal(Literal.Kind.NUMBER, 1, null) : Literal.of(f.step);
        if (from.kind() != Literal.Kind.NUMBER
                || to.kind() != Literal.Kind.NUMBER
                || step.kind() != Literal.Kind.NUMBER
                || step.number() == 0) {
            return -1;
        }
        double n = Math.floor((to.number() - from.number()) / step.number()) + 1;
        return n <= 0 ? 0 : (long) Math.min(n, 1e15);
    }

    private long multiplier() {
        long m = 1;
        for (long l : loops) {
            if (l < 0) return -1;
            m = Math.multiplyHigh(m, l) != 0 ? Long.MAX_VALUE : m * l;
        }
        return m;
    }

    // ---- names and calls ----

    @Override
    public void visit(Exp.FuncCall fc) {
        if (fc.lhs instanceof Exp.FieldExp fe && fe.lhs instanceof Exp.NameExp ne && global(ne)) {
            String g = ne.name.name, fn = fe.name.name;
            if (catalog.isModule(g) && !scriptGlobals.contains(g)) {
                checked.add(fe);
                calls.check(g, fn, args(fc.args), fc);
                if (g.equals("world") && fn.equals("spawn")) {
                    spawns.add(new LuaFacts.SpawnSite(
                            fc.beginLine, functions.peekLast() == null ? null : hook(), multiplier()));
                }
            }
        } else if (fc.lhs instanceof Exp.NameExp ne && global(ne) && ne.name.name.equals("require")) {
            require(fc);
        } else if (fc.lhs instanceof Exp.NameExp ne && global(ne) && !scriptGlobals.contains(ne.name.name)) {
            moduleCall(ne.name.name, fc);
        }
        prefix(fc.lhs);
        super.visit(fc);
    }

    /** {@code log("hi")}: a module or library table called as a function fails with "attempt to call a table". */
    private void moduleCall(String name, Exp.FuncCall fc) {
        List<String> functions = new ArrayList<>();
        if (catalog.isModule(name)) {
            catalog.module(name).ifPresent(m -> m.functions().forEach(f -> functions.add(name + "." + f.name())));
        } else if (LuaNames.LIBRARIES.containsKey(name)) {
            LuaNames.LIBRARIES.get(name).stream().sorted().forEach(f -> functions.add(name + "." + f));
        } else {
            return;
        }
        if (functions.isEmpty()) return;
        issues.add(
                IssueSeverity.ERROR,
                "module-call",
                fc,
                "`" + name + "` is a module, not a function: calling it fails (attempt to call a table); did you mean `"
                        + functions.get(0) + "(...)`?",
                "call one of its functions: "
                        + String.join(", ", functions.subList(0, Math.min(6, functions.size())))
                        + (functions.size() > 6 ? ", ..." : ""));
    }

    private String hook() {
        for (String f : functions) if (LuaNames.HOOKS.contains(f)) return f;
        return functions.peekLast();
    }

    @Override
    public void visit(Exp.MethodCall mc) {
        if (mc.lhs instanceof Exp.NameExp ne && global(ne) && catalog.isModule(ne.name.name)) {
            issues.add(
                    IssueSeverity.ERROR,
                    "method-call",
                    mc,
                    "`" + ne.name.name + ":" + mc.name + "(...)` passes the module table as the first argument",
                    "call it with a dot: `" + ne.name.name + "." + mc.name + "(...)`");
        }
        prefix(mc.lhs);
        super.visit(mc);
    }

    @Override
    public void visit(Exp.FieldExp fe) {
        if (fe.lhs instanceof Exp.NameExp ne && global(ne) && !scriptGlobals.contains(ne.name.name)) {
            String g = ne.name.name, f = fe.name.name, q = g + "." + f;
            if (LuaNames.FORBIDDEN_FIELDS.containsKey(q)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "sandbox-escape",
                        fe,
                        "`" + q + "` is not available to scripts: " + LuaNames.FORBIDDEN_FIELDS.get(q),
                        null);
            } else if (LuaNames.LIBRARIES.containsKey(g)
                    && !LuaNames.LIBRARIES.get(g).contains(f)) {
                List<String> all = new ArrayList<>();
                LuaNames.LIBRARIES.get(g).forEach(x -> all.add(g + "." + x));
                List<String> best = Suggest.closest(q, all);
                issues.add(
                        IssueSeverity.ERROR,
                        "unknown-api",
                        fe,
                        "`" + q + "` is unknown" + (best.isEmpty() ? "" : "; did you mean `" + best.get(0) + "`?"),
                        best.isEmpty() ? null : "use `" + best.get(0) + "`");
            } else if (catalog.isModule(g)
                    && !checked.contains(fe)
                    && catalog.find(q).isEmpty()) {
                calls.check(g, f, List.of(), fe); // reports the unknown name only
            }
        }
        prefix(fe.lhs);
        super.visit(fe);
    }

    @Override
    public void visit(Exp.IndexExp ie) {
        prefix(ie.lhs);
        super.visit(ie);
    }

    private void prefix(Exp.PrimaryExp lhs) {
        if (lhs instanceof Exp.NameExp) prefixes.add(lhs);
    }

    @Override
    public void visit(Exp.NameExp ne) {
        if (global(ne)) {
            String name = ne.name.name;
            if (LuaNames.FORBIDDEN.containsKey(name) && !scriptGlobals.contains(name)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "sandbox-escape",
                        ne,
                        "`" + name + "` is not available to scripts: " + LuaNames.FORBIDDEN.get(name),
                        null);
            } else if (!LuaNames.BASE.contains(name)
                    && !catalog.isModule(name)
                    && !scriptGlobals.contains(name)
                    && reportedGlobals.add(name)) {
                List<String> known = new ArrayList<>(LuaNames.BASE);
                known.addAll(catalog.moduleNames());
                known.addAll(scriptGlobals);
                List<String> best = Names.closest(name, known);
                boolean used = prefixes.contains(ne);
                issues.add(
                        used ? IssueSeverity.ERROR : IssueSeverity.WARNING,
                        "unknown-global",
                        ne,
                        "`" + name + "` is not defined" + (used ? " (it is nil, so indexing or calling it fails)" : "")
                                + (best.isEmpty() ? "" : "; did you mean `" + best.get(0) + "`?"),
                        best.isEmpty() ? "declare it with `local " + name + " = ...`" : "use `" + best.get(0) + "`");
            }
        }
        super.visit(ne);
    }

    private void require(Exp.FuncCall fc) {
        List<Exp> a = args(fc.args);
        if (a.size() != 1 || !(a.get(0) instanceof Exp.Constant c) || c.value.type() != LuaValue.TSTRING) return;
        String module = c.value.tojstring();
        if (module.contains("/") || module.contains("\\") || module.contains("..") || module.startsWith(".")) {
            issues.add(
                    IssueSeverity.ERROR,
                    "sandbox-escape",
                    fc,
                    "`require(\"" + module + "\")` names a path outside the script root: modules are dotted names"
                            + " under it (`require(\"lib.steer\")`)",
                    null);
        } else if (moduleExists == null) {
            issues.add(
                    IssueSeverity.WARNING,
                    "require",
                    fc,
                    "`require(\"" + module + "\")` cannot be checked: the verifier has no script root",
                    null);
        } else if (!moduleExists.test(module)) {
            issues.add(
                    IssueSeverity.ERROR,
                    "require",
                    fc,
                    "`require(\"" + module + "\")` finds no " + module.replace('.', '/') + ".lua under the script root",
                    null);
        }
    }

    static List<Exp> args(FuncArgs a) {
        List<Exp> out = new ArrayList<>();
        if (a != null && a.exps != null) {
            for (Object o : a.exps) out.add((Exp) o);
        }
        return out;
    }

    private static boolean global(Exp.NameExp n) {
        return !ScriptGlobals.isLocal(n);
    }

    /** Whether a block can leave a loop: break, return, error(...) or coroutine.yield(...). */
    static final class Exits extends Visitor {
        boolean found;

        static boolean any(org.luaj.vm2.ast.Block b) {
            Exits e = new Exits();
            b.accept(e);
            return e.found;
        }

        @Override
        public void visit(Stat.Break s) {
            found = true;
        }

        @Override
        public void visit(Stat.Return s) {
            found = true;
        }

        @Override
        public void visit(Stat.Goto s) {
            found = true;
        }

        @Override
        public void visit(Exp.FuncCall fc) {
            if (fc.lhs instanceof Exp.NameExp n && n.name.name.equals("error")) found = true;
            if (fc.lhs instanceof Exp.FieldExp fe && fe.name.name.equals("yield")) found = true;
            super.visit(fc);
        }
    }
}
