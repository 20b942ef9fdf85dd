package dev.luminara.verify.internal;

import dev.luminara.core.schema.Suggest;
import dev.luminara.lunyscript.param.BoolParamSpec;
import dev.luminara.lunyscript.param.NumberParamSpec;
import dev.luminara.lunyscript.param.ParamSpec;
import dev.luminara.lunyscript.param.StringParamSpec;
import dev.luminara.lunyscript.verb.Verb;
import dev.luminara.script.ApiBinding;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.ApiParam;
import dev.luminara.script.ValueType;
import dev.luminara.verify.IssueSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.SyntaxElement;

/**
 * Checks one call of an engine API function or LunyScript verb: the name (with a "did you mean"), the arity, and each
 * literal argument's type and range against the {@link ApiParam} (refused at run time) or the verb's
 * {@link ParamSpec} (numbers clamped at run time, so out of range is a warning; strings outside {@code allowed}
 * refused).
 */
final class CallChecker {
    private final ApiCatalog catalog;
    private final Issues issues;
    private final List<LuaFacts.NameSite> components = new ArrayList<>();

    CallChecker(ApiCatalog catalog, Issues issues) {
        this.catalog = catalog;
        this.issues = issues;
    }

    /** @return the binding when the function exists */
    Optional<ApiBinding> check(String module, String function, List<Exp> args, SyntaxElement at) {
        String q = module + "." + function;
        Optional<ApiBinding> found = catalog.find(q);
        if (found.isEmpty()) {
            unknown(module, function, at);
            return found;
        }
        ApiFunction f = found.get().function();
        Optional<Verb> verb = catalog.verb(q);
        boolean open = !args.isEmpty() && Literal.multiValued(args.get(args.size() - 1));
        int n = args.size();
        int known = open ? n - 1 : n;
        if (!open && n < f.minArity()) {
            issues.add(
                    IssueSeverity.ERROR,
                    "arity",
                    at,
                    "`" + q + "` needs at least " + f.minArity() + " argument" + (f.minArity() == 1 ? "" : "s")
                            + ", got " + n,
                    "call it as " + module + "." + f.signature());
        } else if (known > f.maxArity()) {
            issues.add(
                    IssueSeverity.ERROR,
                    "arity",
                    at,
                    "`" + q + "` takes at most " + f.maxArity() + " argument" + (f.maxArity() == 1 ? "" : "s")
                            + ", got " + n,
                    "call it as " + module + "." + f.signature());
        }
        for (int i = 0; i < Math.min(known, f.maxArity()); i++) {
            Literal lit = Literal.of(args.get(i));
            if (!lit.known()) continue;
            if (verb.isPresent() && i < verb.get().params().size()) {
                spec(q, i, verb.get().params().get(i), lit, args.get(i));
            } else {
                param(q, i, f.params().get(i), lit, args.get(i));
            }
        }
        return found;
    }

    private void unknown(String module, String function, SyntaxElement at) {
        String q = module + "." + function;
        List<String> inModule = new ArrayList<>();
        catalog.module(module).ifPresent(m -> m.functions().forEach(fn -> inModule.add(module + "." + fn.name())));
        List<String> best =
                inModule.stream().filter(n -> n.startsWith(q)).sorted().limit(2).toList();
        if (best.isEmpty()) best = Names.closest(q, inModule);
        if (best.isEmpty()) {
            List<String> elsewhere = new ArrayList<>();
            for (String name : catalog.qualifiedNames()) {
                if (name.substring(name.indexOf('.') + 1).equalsIgnoreCase(function)) elsewhere.add(name);
            }
            best = elsewhere.isEmpty() ? Names.closest(q, catalog.qualifiedNames()) : elsewhere;
        }
        String mean = best.isEmpty() ? "" : "; did you mean `" + String.join("` or `", best) + "`?";
        String hint = best.isEmpty()
                ? module + " has "
                        + catalog.module(module)
                                .map(ApiModule::functions)
                                .map(fs -> String.join(
                                        ", ", fs.stream().map(ApiFunction::name).toList()))
                                .orElse("no functions")
                : "use `" + best.get(0) + "`";
        issues.add(IssueSeverity.ERROR, "unknown-api", at, "`" + q + "` is unknown" + mean, hint);
    }

    /** Literal component names passed to API functions, for {@link WorldChecks} to check against the registry. */
    List<LuaFacts.NameSite> components() {
        return components;
    }

    private void param(String q, int i, ApiParam p, Literal lit, Exp at) {
        String arg = "argument " + (i + 1) + " (" + p.name() + ") of `" + q + "`";
        if (p.name().equals("component") && lit.kind() == Literal.Kind.STRING && lit.text() != null) {
            components.add(new LuaFacts.NameSite(lit.text(), Issues.line(at), issues.column(at)));
        }
        if (lit.kind() == Literal.Kind.NIL) {
            if (!p.optional() && p.type() != ValueType.ANY) {
                issues.add(IssueSeverity.ERROR, "argument-type", at, arg + " is required, got nil", null);
            }
            return;
        }
        if (!accepts(p.type(), lit.kind())) {
            issues.add(
                    IssueSeverity.ERROR,
                    "argument-type",
                    at,
                    arg + " expects " + p.type().label() + ", got " + lit.describe(),
                    example(p.type()));
            return;
        }
        if (lit.kind() == Literal.Kind.NUMBER) {
            double d = lit.number();
            if (p.type() == ValueType.INTEGER && d != Math.rint(d)) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-type",
                        at,
                        arg + " expects an integer, got " + Literal.fmt(d),
                        "use " + Literal.fmt(Math.rint(d)));
            } else if ((p.min() != null && d < p.min()) || (p.max() != null && d > p.max())) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-range",
                        at,
                        arg + " must be within [" + bound(p.min(), "-inf") + ", " + bound(p.max(), "inf") + "], got "
                                + Literal.fmt(d),
                        "use a value within [" + bound(p.min(), "-inf") + ", " + bound(p.max(), "inf") + "]");
            }
        }
    }

    private void spec(String q, int i, ParamSpec p, Literal lit, Exp at) {
        String arg = "argument " + (i + 1) + " (" + p.name() + ") of `" + q + "`";
        if (lit.kind() == Literal.Kind.NIL) {
            if (p.required()) issues.add(IssueSeverity.ERROR, "argument-type", at, arg + " is required, got nil", null);
            return;
        }
        if (p instanceof NumberParamSpec n) {
            if (lit.kind() != Literal.Kind.NUMBER) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-type",
                        at,
                        arg + " expects a number, got " + lit.describe(),
                        null);
            } else if (lit.number() < n.min() || lit.number() > n.max()) {
                double clamped = Math.max(n.min(), Math.min(n.max(), lit.number()));
                issues.add(
                        IssueSeverity.WARNING,
                        "argument-range",
                        at,
                        arg + " is outside the contract's range [" + Literal.fmt(n.min()) + ", "
                                + Literal.fmt(n.max()) + "]: " + Literal.fmt(lit.number()) + " will be clamped to "
                                + Literal.fmt(clamped),
                        "pass " + Literal.fmt(clamped) + " (or a value within the range)");
            }
        } else if (p instanceof BoolParamSpec) {
            if (lit.kind() != Literal.Kind.BOOL) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-type",
                        at,
                        arg + " expects a boolean, got " + lit.describe(),
                        null);
            }
        } else if (p instanceof StringParamSpec s) {
            if (lit.kind() != Literal.Kind.STRING) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-type",
                        at,
                        arg + " expects a string, got " + lit.describe(),
                        null);
            } else if (lit.text() != null
                    && !s.allowed().isEmpty()
                    && !s.allowed().contains(lit.text())) {
                issues.add(
                        IssueSeverity.ERROR,
                        "argument-range",
                        at,
                        arg + " must be one of " + s.allowed() + ", got \"" + lit.text() + "\""
                                + Suggest.didYouMean(lit.text(), s.allowed()),
                        "use \"" + s.allowed().get(0) + "\"");
            }
        }
    }

    private static boolean accepts(ValueType t, Literal.Kind k) {
        switch (t) {
            case ANY:
                return true;
            case NUMBER:
            case INTEGER:
                return k == Literal.Kind.NUMBER;
            case STRING:
                return k == Literal.Kind.STRING || k == Literal.Kind.NUMBER;
            case BOOL:
                return k == Literal.Kind.BOOL;
            case VEC3:
                return k == Literal.Kind.VEC3 || k == Literal.Kind.TABLE;
            case LIST:
            case MAP:
                return k == Literal.Kind.TABLE;
            case ENTITY:
            case NIL:
            default:
                return false;
        }
    }

    private static String example(ValueType t) {
        switch (t) {
            case VEC3:
                return "pass a vector: vec3(x, y, z)";
            case ENTITY:
                return "pass an entity, such as self.entity or the result of world.find_by_name(\"...\")";
            case LIST:
                return "pass a table such as {\"a\", \"b\"}";
            default:
                return null;
        }
    }

    private static String bound(Double d, String none) {
        return d == null ? none : Literal.fmt(d);
    }
}
