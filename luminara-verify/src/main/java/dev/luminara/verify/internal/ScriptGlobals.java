package dev.luminara.verify.internal;

import dev.luminara.verify.IssueSeverity;
import java.util.HashSet;
import java.util.Set;
import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.Visitor;

/** The globals a script defines itself (assignments and global functions), collected before the main walk. */
record ScriptGlobals(Set<String> names) {
    static ScriptGlobals collect(Chunk chunk, Issues issues) {
        Set<String> names = new HashSet<>();
        chunk.accept(new Visitor() {
            @Override
            public void visit(Stat.Assign a) {
                for (Object v : a.vars) {
                    if (v instanceof Exp.NameExp n && !isLocal(n)) names.add(n.name.name);
                }
                super.visit(a);
            }

            @Override
            public void visit(Stat.FuncDef f) {
                boolean plain = (f.name.dots == null || f.name.dots.isEmpty()) && f.name.method == null;
                if (plain && (f.name.name.variable == null || !f.name.name.variable.isLocal())) {
                    names.add(f.name.name.name);
                    if (LuaNames.HOOKS.contains(f.name.name.name)) {
                        issues.add(
                                IssueSeverity.WARNING,
                                "global-hook",
                                f,
                                "`" + f.name.name.name + "` is a global function, not a hook: the runtime calls only"
                                        + " the functions of the table the script returns",
                                "define it on the class table: `function C:" + f.name.name.name + "(...)` and end"
                                        + " with `return C`");
                    }
                }
                super.visit(f);
            }
        });
        return new ScriptGlobals(names);
    }

    static boolean isLocal(Exp.NameExp n) {
        return n.name.variable != null && n.name.variable.isLocal();
    }
}
