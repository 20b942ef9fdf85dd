package dev.luminara.lunyscript.descriptor;

import dev.luminara.lunyscript.SemanticVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;

/** Turns the Lua value of {@code lunyscript_api.lua} into a {@link Descriptor}, checking every key on the way. */
final class DescriptorReader {
    private static final Set<String> TOP = Set.of("version", "requires_luny", "semantics", "engines");
    private static final Set<String> SEMANTIC =
            Set.of("domain", "params", "returns", "category", "idempotent", "description", "exposed_to_lua");
    private static final Set<String> PARAM =
            Set.of("name", "type", "min", "max", "default", "required", "allowed", "transform", "description");
    private static final Set<String> BINDING = Set.of("target", "transform", "params", "signature", "description");
    private static final Set<String> SCALAR_TYPES = Set.of("number", "bool", "string", "object");

    private final LuaSandbox sandbox;
    private final String mainFile;

    DescriptorReader(LuaSandbox sandbox, String mainFile) {
        this.sandbox = sandbox;
        this.mainFile = mainFile;
    }

    Descriptor read(LuaValue root, DescriptorFiles files) {
        Fields top = new Fields(root, new Origin(mainFile, "")).allowOnly(TOP);
        String version = top.string("version", true);
        checkVersion(version, top.origin.child("version"));
        String requires = top.string("requires_luny", false);
        if (requires != null) checkVersion(requires, top.origin.child("requires_luny"));

        SortedMap<String, Semantic> semantics = new TreeMap<>();
        Fields sem = new Fields(top.get("semantics"), top.origin.child("semantics"));
        for (Map.Entry<String, LuaValue> e : sem.entries().entrySet()) {
            semantics.put(e.getKey(), semantic(e.getKey(), new Fields(e.getValue(), sem.origin.child(e.getKey()))));
        }

        SortedMap<String, EngineBindings> engines = new TreeMap<>();
        LuaValue enginesValue = top.get("engines");
        Fields eng = new Fields(enginesValue.isnil() ? LuaValue.tableOf() : enginesValue, top.origin.child("engines"));
        for (Map.Entry<String, LuaValue> e : eng.entries().entrySet()) {
            String file = sandbox.fileOf(e.getValue());
            Origin at = eng.origin.child(e.getKey()).inFile(file == null ? mainFile : file);
            engines.put(e.getKey(), engine(e.getKey(), new Fields(e.getValue(), at)));
        }
        return new Descriptor(version, requires, semantics, engines, mainFile, files);
    }

    private static void checkVersion(String text, Origin at) {
        try {
            SemanticVersion.parse(text);
        } catch (IllegalArgumentException e) {
            throw Fields.error(at, e.getMessage());
        }
    }

    private Semantic semantic(String name, Fields f) {
        f.allowOnly(SEMANTIC);
        String domain = f.string("domain", true);
        List<ParamDef> params = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Fields p : f.tables("params")) {
            ParamDef def = param(p, true);
            if (!seen.add(def.name()))
                throw Fields.error(p.origin.child("name"), "duplicate parameter '" + def.name() + "'");
            params.add(def);
        }
        String returns = returnsType(f);
        String description = f.string("description", false);
        return new Semantic(
                name,
                domain,
                params,
                returns,
                orEmpty(f.string("category", false)),
                f.bool("idempotent", returns != null),
                orEmpty(description),
                f.bool("exposed_to_lua", false),
                f.origin);
    }

    private static String returnsType(Fields f) {
        LuaValue r = f.get("returns");
        if (r.isnil()) return null;
        Origin at = f.origin.child("returns");
        String type;
        if (Fields.isString(r)) {
            type = r.tojstring();
        } else {
            Fields t = new Fields(r, at).allowOnly(Set.of("type", "description"));
            type = t.string("type", true);
            at = at.child("type");
        }
        String canonical = ParamDef.canonicalType(type);
        if (!SCALAR_TYPES.contains(canonical) || canonical.equals("object")) {
            throw Fields.error(at, "a verb returns number, bool or string, got '" + type + "'");
        }
        return canonical;
    }

    private static ParamDef param(Fields p, boolean semanticSide) {
        p.allowOnly(PARAM);
        String name = p.string("name", true);
        String type = p.string("type", semanticSide);
        if (type == null) type = "";
        if (semanticSide && ParamDef.canonicalType(type).equals("object") && !type.equals("object")) {
            throw Fields.error(
                    p.origin.child("type"),
                    "unknown type '" + type + "' (a semantic parameter is number, float, int, bool, string or object)");
        }
        Double min = p.number("min");
        Double max = p.number("max");
        if (min != null && max != null && min > max) {
            throw Fields.error(p.origin.child("min"), "min " + min + " is greater than max " + max);
        }
        Object def = Fields.scalar(p.get("default"), p.origin.child("default"));
        List<String> allowed = p.strings("allowed");
        boolean required = p.bool("required", false);
        if (!type.isEmpty()) checkDefault(type, def, min, max, allowed, p.origin.child("default"));
        TransformDef transform = transform(p.get("transform"), p.origin.child("transform"));
        return new ParamDef(name, type, min, max, def, required, allowed, transform, p.origin);
    }

    private static void checkDefault(String type, Object def, Double min, Double max, List<String> allowed, Origin at) {
        if (def == null) return;
        String canonical = ParamDef.canonicalType(type);
        boolean ok = canonical.equals("number") && def instanceof Double
                || canonical.equals("bool") && def instanceof Boolean
                || canonical.equals("string") && def instanceof String
                || canonical.equals("object");
        if (!ok) throw Fields.error(at, "default " + def + " is not a " + type);
        if (def instanceof Double d && (min != null && d < min || max != null && d > max)) {
            throw Fields.error(at, "default " + d + " is outside [" + min + ", " + max + "]");
        }
        if (def instanceof String s && !allowed.isEmpty() && !allowed.contains(s)) {
            throw Fields.error(at, "default '" + s + "' is not one of " + allowed);
        }
    }

    static TransformDef transform(LuaValue v, Origin at) {
        if (v.isnil()) return null;
        if (Fields.isString(v)) return new NamedTransform(v.tojstring(), Map.of(), at);
        if (v.isfunction()) return new LuaTransform((LuaFunction) v, at);
        if (v.istable()) {
            Fields t = new Fields(v, at);
            String name = t.string("name", true);
            Map<String, Object> config = new HashMap<>();
            for (Map.Entry<String, LuaValue> e : t.entries().entrySet()) {
                if (!e.getKey().equals("name"))
                    config.put(e.getKey(), Fields.scalar(e.getValue(), at.child(e.getKey())));
            }
            return new NamedTransform(name, config, at);
        }
        throw Fields.error(at, "expected a transform name, a table {name = ...} or a function, got " + v.typename());
    }

    private EngineBindings engine(String engine, Fields f) {
        List<BindingDef> bindings = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (Map.Entry<String, LuaValue> ns : f.entries().entrySet()) {
            Fields group = new Fields(ns.getValue(), f.origin.child(ns.getKey()));
            for (Map.Entry<String, LuaValue> b : group.entries().entrySet()) {
                Fields bf = new Fields(b.getValue(), group.origin.child(b.getKey()));
                Origin earlier = seen.putIfAbsent(b.getKey(), bf.origin);
                if (earlier != null) {
                    throw Fields.error(
                            bf.origin, "semantic '" + b.getKey() + "' is already bound at " + earlier.keyPath());
                }
                bindings.add(binding(engine, ns.getKey(), b.getKey(), bf));
            }
        }
        bindings.sort(java.util.Comparator.comparing(BindingDef::semantic));
        return new EngineBindings(engine, f.origin.file(), bindings);
    }

    private static BindingDef binding(String engine, String namespace, String semantic, Fields f) {
        f.allowOnly(BINDING);
        TargetDef target = target(f.get("target"), f.origin.child("target"));
        TransformDef transform = transform(f.get("transform"), f.origin.child("transform"));
        List<ParamDef> params = new ArrayList<>();
        for (Fields p : f.tables("params")) params.add(param(p, false));
        List<String> signature = f.get("signature").isnil() ? null : f.strings("signature");
        return new BindingDef(engine, semantic, namespace, target, transform, params, signature, f.origin);
    }

    private static TargetDef target(LuaValue v, Origin at) {
        if (v.isnil()) throw Fields.error(at, "required, missing");
        if (Fields.isString(v)) return TargetDef.plain(checkTarget(v.tojstring(), at), at);
        Fields t = new Fields(v, at);
        SortedMap<SemanticVersion, String> byVersion = new TreeMap<>();
        String def = null;
        for (Map.Entry<String, LuaValue> e : t.entries().entrySet()) {
            Origin k = at.child(e.getKey());
            if (!Fields.isString(e.getValue())) {
                throw Fields.error(k, "expected a target string, got " + Fields.describe(e.getValue()));
            }
            String target = checkTarget(e.getValue().tojstring(), k);
            if (e.getKey().equals("default")) {
                def = target;
                continue;
            }
            try {
                byVersion.put(SemanticVersion.parse(e.getKey()), target);
            } catch (IllegalArgumentException ex) {
                throw Fields.error(k, "a version key must be like \"3.7\" or \"6000.3.4\", or 'default'");
            }
        }
        if (def == null) throw Fields.error(at.child("default"), "required, missing");
        return new TargetDef(def, byVersion, at);
    }

    private static String checkTarget(String target, Origin at) {
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || dot == target.length() - 1) {
            throw Fields.error(at, "expected \"Type.member\", got '" + target + "'");
        }
        return target;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
