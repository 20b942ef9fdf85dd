package dev.luminara.script.lua.internal;

import dev.luminara.core.app.GameRandom;
import dev.luminara.script.ExecutionTier;
import dev.luminara.script.LimitKind;
import dev.luminara.script.Sandbox;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptContext;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.lua.LuaSandboxGlobals;
import java.io.ByteArrayInputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaThread;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.Bit32Lib;
import org.luaj.vm2.lib.CoroutineLib;
import org.luaj.vm2.lib.MathLib;
import org.luaj.vm2.lib.OsLib;
import org.luaj.vm2.lib.TableLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one script's environment: a {@link Globals} (it must be one: LuaJ only calls the instruction hook for
 * closures whose environment is a {@code Globals}) holding the safe base functions, read-only library tables, the
 * engine API tables and {@code vec3}. Left out: {@code io}, {@code package}, {@code dofile}, {@code loadfile},
 * {@code debug}, {@code luajava}, {@code string.dump} and every {@code os} function but {@code clock}, {@code time}
 * and {@code date}. {@code load} takes text only and always loads into this environment; {@code require} reads the
 * script folder only; {@code math.random} draws from the world's seeded {@link GameRandom}.
 */
final class LuaSandboxEnv {
    private static final Logger LOG = LoggerFactory.getLogger(LuaSandboxEnv.class);
    private static final LuaTable OS = osTable();
    private static final Map<Sandbox, List<WeakReference<LuaThread>>> COROUTINES = new WeakHashMap<>();

    private LuaSandboxEnv() {}

    static Globals create(LuaSession session, ScriptId id, ExecutionTier tier, List<ScriptId> deps) {
        Globals full = withPackage();
        full.load(new BaseLib());
        full.load(new TableLib());
        full.load(new MathLib());
        full.load(new Bit32Lib());
        full.load(new CoroutineLib());
        LuaStrings.ensureInstalled();

        Globals g = new Globals();
        g.baselib = full.baselib;
        g.running = full.running;
        for (String name : LuaSandboxGlobals.BASE_FUNCTIONS) g.rawset(name, full.get(name));
        g.rawset("_G", g);
        g.rawset("string", LuaStrings.library());
        g.rawset("table", tableLib((LuaTable) full.get("table")));
        g.rawset("math", mathLib((LuaTable) full.get("math"), session));
        g.rawset("bit32", new ReadOnlyTable("bit32", (LuaTable) full.get("bit32")));
        g.rawset("coroutine", coroutineLib((LuaTable) full.get("coroutine"), session));
        g.rawset("os", OS);
        g.rawset("unpack", ((LuaTable) g.get("table")).get("unpack"));
        g.rawset("collectgarbage", LuaStrings.fn(a -> LuaValue.valueOf(0)));
        g.rawset("print", LuaStrings.fn(a -> print(session, id, a)));
        g.rawset("load", LuaStrings.fn(a -> load(session, id, tier, g, a)));
        g.rawset("require", LuaStrings.fn(a -> session.require(a.checkjstring(1), tier, deps)));
        g.rawset("vec3", LuaValues.vec3Constructor());
        session.apiTables().forEach(g::rawset);
        if (tier == ExecutionTier.SANDBOXED) g.debuglib = session.hook();
        return g;
    }

    private static Varargs print(LuaSession session, ScriptId id, Varargs a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= a.narg(); i++) {
            if (i > 1) sb.append('\t');
            LuaValue v = a.arg(i);
            LuaValue tostring = v.metatag(LuaValue.TOSTRING);
            sb.append(tostring.isnil() ? v.tojstring() : tostring.call(v).tojstring());
        }
        ScriptContext c = session.environment().current();
        if (c == null) {
            LOG.info("{}: {}", id, sb);
            return LuaValue.NONE;
        }
        session.environment()
                .invoke(
                        session.environment().api().find("log.info").orElseThrow(),
                        List.of(ScriptValue.of(sb.toString())));
        return LuaValue.NONE;
    }

    /** {@code load(text [, chunkname])}: text only, compiled into this script's own environment. */
    private static Varargs load(LuaSession session, ScriptId id, ExecutionTier tier, Globals g, Varargs a) {
        byte[] text;
        try {
            text = LuaSession.text(a.arg1());
        } catch (LuaError e) {
            return LuaValue.varargsOf(LuaValue.NIL, LuaValue.valueOf(e.getMessage()));
        }
        LuaStrings.check(text.length, "load");
        String name = a.optjstring(2, "=(load)");
        Globals compiler = new Globals();
        org.luaj.vm2.compiler.LuaC.install(compiler);
        if (tier == ExecutionTier.COMPILED) org.luaj.vm2.luajc.LuaJC.install(compiler);
        try {
            return compiler.load(new ByteArrayInputStream(text), name.startsWith("=") ? name : "=" + name, "t", g);
        } catch (LuaError e) {
            return LuaValue.varargsOf(LuaValue.NIL, LuaValue.valueOf(e.getMessage()));
        }
    }

    private static LuaTable tableLib(LuaTable base) {
        LuaTable t = copy(base);
        LuaValue concat = base.get("concat");
        LuaValue unpack = base.get("unpack");
        t.rawset("concat", LuaStrings.fn(a -> {
            LuaTable list = a.checktable(1);
            long sepLen = a.optstring(2, LuaValue.valueOf("")).length();
            int i = a.optint(3, 1);
            int j = a.isnil(4) ? list.length() : a.checkint(4);
            long total = 0;
            for (int k = i; k <= j; k++) {
                LuaValue v = list.get(k);
                total += (v.isstring() ? v.rawlen() : 0) + sepLen;
                if (total > Integer.MAX_VALUE) break;
            }
            LuaStrings.check(total, "table.concat");
            return concat.invoke(a);
        }));
        t.rawset("unpack", LuaStrings.fn(a -> {
            LuaTable list = a.checktable(1);
            long i = a.optint(2, 1);
            long j = a.isnil(3) ? list.length() : a.checkint(3);
            LuaStrings.check(Math.max(0, j - i + 1) * 16, "table.unpack");
            return unpack.invoke(a);
        }));
        return new ReadOnlyTable("table", t);
    }

    private static LuaTable mathLib(LuaTable base, LuaSession session) {
        LuaTable t = copy(base);
        SplittableRandom fallback = new SplittableRandom(0);
        t.rawset("random", LuaStrings.fn(a -> {
            ScriptContext c = session.environment().current();
            GameRandom r =
                    c == null ? null : c.world().findResource(GameRandom.class).orElse(null);
            double d = r != null ? r.nextDouble() : fallback.nextDouble();
            if (a.narg() == 0) return LuaValue.valueOf(d);
            long lo = a.narg() >= 2 ? a.checklong(1) : 1;
            long hi = a.narg() >= 2 ? a.checklong(2) : a.checklong(1);
            if (lo > hi) throw new LuaError("bad argument to 'random' (interval is empty)");
            return LuaValue.valueOf(lo + (long) Math.floor(d * (hi - lo + 1)));
        }));
        t.rawset("randomseed", LuaStrings.fn(a -> LuaValue.NONE));
        return new ReadOnlyTable("math", t);
    }

    private static LuaTable coroutineLib(LuaTable base, LuaSession session) {
        LuaTable t = copy(base);
        LuaValue create = base.get("create");
        t.rawset("create", LuaStrings.fn(a -> create(session, create, a.checkfunction(1))));
        t.rawset("wrap", LuaStrings.fn(a -> {
            LuaThread co = create(session, create, a.checkfunction(1));
            return LuaStrings.fn(args -> {
                Varargs r = co.resume(args);
                if (r.arg1().toboolean()) return r.subargs(2);
                Sandbox s = session.hook().sandbox();
                if (s != null && s.stopped() != null) throw new LuaAbort(s.stopped());
                throw new LuaError(r.arg(2));
            });
        }));
        return new ReadOnlyTable("coroutine", t);
    }

    /**
     * Creates a coroutine whose (LuaJ-made) thread binds itself to the hook, after checking the live-coroutine cap:
     * each LuaJ coroutine is a Java thread, so an unbounded number would exhaust the JVM.
     */
    private static LuaThread create(LuaSession session, LuaValue create, LuaValue body) {
        SandboxHook hook = session.hook();
        Sandbox s = hook.sandbox();
        List<WeakReference<LuaThread>> live = null;
        if (s != null) {
            synchronized (COROUTINES) {
                live = COROUTINES.computeIfAbsent(s, k -> new ArrayList<>());
                live.removeIf(r -> r.get() == null || "dead".equals(r.get().getStatus()));
                if (live.size() >= SandboxConfig.MAX_COROUTINES) {
                    throw hook.abort(s.exceed(
                            LimitKind.COROUTINES,
                            SandboxConfig.MAX_COROUTINES,
                            "more than " + SandboxConfig.MAX_COROUTINES + " live coroutines"));
                }
            }
        }
        LuaValue bound = LuaStrings.fn(a -> {
            hook.bindThread();
            return body.invoke(a);
        });
        LuaThread co = (LuaThread) create.invoke(bound).arg1();
        if (live != null) {
            synchronized (COROUTINES) {
                live.add(new WeakReference<>(co));
            }
        }
        return co;
    }

    private static LuaTable copy(LuaTable base) {
        LuaTable t = new LuaTable();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = base.next(k);
            if ((k = n.arg1()).isnil()) break;
            t.rawset(k, n.arg(2));
        }
        return t;
    }

    /** A scratch Globals with the {@code package.loaded} table LuaJ's libraries register themselves in. */
    private static Globals withPackage() {
        Globals g = new Globals();
        LuaTable pkg = new LuaTable();
        pkg.rawset("loaded", new LuaTable());
        g.rawset("package", pkg);
        return g;
    }

    private static LuaTable osTable() {
        Globals g = withPackage();
        g.load(new BaseLib());
        g.load(new OsLib());
        LuaTable full = (LuaTable) g.get("os");
        LuaTable t = new LuaTable();
        for (String name : new String[] {"clock", "time", "date", "difftime"}) t.rawset(name, full.get(name));
        return new ReadOnlyTable("os", t);
    }
}
