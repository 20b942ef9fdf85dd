package dev.luminara.script.lua.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@link LuaVec3} keeps x, y, z in fields; to scripts it must be indistinguishable from the plain table it replaces.
 * Random writes (the three fields, other string keys, array keys; numbers, strings, nil) go to both, and every read,
 * the key count and a full {@code next} traversal must agree, and {@code #} must give a border.
 */
class LuaVec3Properties {
    private static final List<LuaValue> KEYS = List.of(
            LuaValue.valueOf("x"),
            LuaValue.valueOf("y"),
            LuaValue.valueOf("z"),
            LuaValue.valueOf("w"),
            LuaValue.valueOf("xy"),
            LuaValue.valueOf(""),
            LuaValue.valueOf(1),
            LuaValue.valueOf(2),
            LuaValue.valueOf(1.5));

    record Write(LuaValue key, LuaValue value, boolean viaSet) {}

    @Property(tries = 1000)
    void behavesLikeAPlainTable(@ForAll("vectors") Vec3 start, @ForAll("writes") List<Write> writes) {
        LuaTable fast = LuaValues.vec3(start);
        LuaTable plain = new LuaTable();
        plain.rawset("x", LuaValue.valueOf(start.x()));
        plain.rawset("y", LuaValue.valueOf(start.y()));
        plain.rawset("z", LuaValue.valueOf(start.z()));
        plain.setmetatable(LuaValues.VEC3_META);
        assertThat(fast).isInstanceOf(LuaVec3.class);
        for (Write w : writes) {
            if (w.viaSet()) {
                fast.set(w.key(), w.value());
                plain.set(w.key(), w.value());
            } else {
                fast.rawset(w.key(), w.value());
                plain.rawset(w.key(), w.value());
            }
            for (LuaValue k : KEYS) {
                assertThat(fast.get(k).raweq(plain.get(k))).as("get " + k).isTrue();
                assertThat(fast.rawget(k).raweq(plain.rawget(k)))
                        .as("rawget " + k)
                        .isTrue();
            }
            assertThat(traverse(fast)).isEqualTo(traverse(plain));
            assertThat(fast.keyCount()).isEqualTo(plain.keyCount());
            // '#' may return any border when the array part has holes (the Lua manual); both must return one
            int n = fast.length();
            assertThat(n == 0 || !fast.rawget(n).isnil()).isTrue();
            assertThat(fast.rawget(n + 1).isnil()).isTrue();
        }
    }

    @Test
    void aFieldOnceHoldingAStringKeepsANumericStringAsAString() {
        // found by the property in CI: z = "a", z = 0, z = "1" leaves a string in LuaJ's table (a normal entry)
        LuaTable fast = LuaValues.vec3(new Vec3(0, 0, 0));
        LuaTable plain = new LuaTable();
        plain.rawset("z", LuaValue.valueOf(0.0));
        for (LuaValue v : List.of(LuaValue.valueOf("a"), LuaValue.valueOf(0), LuaValue.valueOf("1"))) {
            fast.set("z", v);
            plain.set("z", v);
        }
        assertThat(fast.get("z").typename()).isEqualTo(plain.get("z").typename());
        assertThat(fast.get("z").raweq(plain.get("z"))).isTrue();
    }

    @Test
    void clearingFieldsDuringTraversalVisitsEveryOtherKeyOnce() {
        LuaTable t = LuaValues.vec3(new Vec3(1, 2, 3));
        t.rawset("w", LuaValue.valueOf(4));
        t.rawset(1, LuaValue.valueOf(5));
        Map<String, String> seen = new TreeMap<>();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) break;
            seen.put(k.tojstring(), e.arg(2).tojstring());
            t.rawset(k, LuaValue.NIL);
        }
        assertThat(seen).containsOnlyKeys("x", "y", "z", "w", "1");
        assertThat(t.keyCount()).isZero();
    }

    @Test
    void vectorsReadBackAsTheSameNumbersWithoutBoxing() {
        LuaTable t = LuaValues.vec3(new Vec3(0.1f, -2, 3.5f));
        assertThat(t.get("x")).isSameAs(t.get("x"));
        assertThat(LuaValues.vec(t)).isEqualTo(new Vec3(0.1f, -2, 3.5f));
        t.rawset("x", LuaValue.valueOf("not a number"));
        assertThat(t.get("x").tojstring()).isEqualTo("not a number");
    }

    /** Every (key, value) pair {@code next} yields, as text, checking no key comes twice. */
    private static Map<String, String> traverse(LuaTable t) {
        Map<String, String> out = new TreeMap<>();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) break;
            String key = k.typename() + ":" + k.tojstring();
            assertThat(out).doesNotContainKey(key);
            out.put(key, e.arg(2).typename() + ":" + e.arg(2).tojstring());
        }
        return out;
    }

    @Provide
    Arbitrary<Vec3> vectors() {
        Arbitrary<Float> f = Arbitraries.floats().between(-1e6f, 1e6f);
        return Combinators.combine(f, f, f).as(Vec3::new);
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<LuaValue> values = Arbitraries.oneOf(
                Arbitraries.just(LuaValue.NIL),
                Arbitraries.doubles().between(-1e3, 1e3).map(LuaValue::valueOf),
                Arbitraries.integers().between(-3, 3).map(LuaValue::valueOf),
                Arbitraries.of("a", "1", "").map(LuaValue::valueOf));
        return Combinators.combine(Arbitraries.of(KEYS), values, Arbitraries.of(true, false))
                .as(Write::new)
                .list()
                .ofMaxSize(12);
    }
}
