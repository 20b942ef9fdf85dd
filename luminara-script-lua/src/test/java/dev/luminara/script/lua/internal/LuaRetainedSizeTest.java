package dev.luminara.script.lua.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

class LuaRetainedSizeTest {
    static final int MB = 1 << 20;

    static LuaString big() {
        return LuaString.valueUsing(new byte[MB]);
    }

    @Test
    void aStringCountsItsLengthOnceHoweverOftenItIsReferenced() {
        LuaString s = big();
        LuaTable once = new LuaTable();
        once.rawset(1, s);
        LuaTable thrice = new LuaTable();
        thrice.rawset(1, s);
        thrice.rawset(2, s);
        thrice.rawset("k", s);
        long one = LuaRetainedSize.of(once);
        assertThat(one).isBetween((long) MB, MB + 1024L);
        // two more entries, a number key and the key "k"; the megabyte is not counted again
        long extra = 2L * LuaRetainedSize.ENTRY
                + LuaRetainedSize.NUMBER
                + LuaRetainedSize.STRING
                + LuaRetainedSize.ARRAY
                + 1;
        assertThat(LuaRetainedSize.of(thrice) - one).isEqualTo(extra);
    }

    @Test
    void aSubstringSharingItsSourceBufferCountsTheWholeBuffer() {
        LuaTable t = new LuaTable();
        t.rawset(1, big().substring(0, MB / 2)); // LuaJ shares the buffer for a substring of at least half the source
        assertThat(LuaRetainedSize.of(t)).isGreaterThanOrEqualTo(MB);
    }

    @Test
    void nestedTablesMetatablesAndCyclesAreWalkedOnce() {
        LuaTable root = new LuaTable();
        LuaTable deep = root;
        for (int i = 0; i < 100_000; i++) { // deeper than a recursive walk could go
            LuaTable next = new LuaTable();
            deep.rawset("next", next);
            deep = next;
        }
        deep.rawset("back", root);
        LuaTable meta = new LuaTable();
        meta.rawset("payload", big());
        deep.setmetatable(meta);
        assertThat(LuaRetainedSize.of(root)).isGreaterThan(MB + 100_000L * LuaRetainedSize.TABLE);
    }

    @Test
    void engineReadOnlyTablesAreNotTheScriptsMemory() {
        LuaTable contents = new LuaTable();
        contents.rawset("payload", big());
        LuaTable t = new LuaTable();
        t.rawset("api", new ReadOnlyTable("api", contents));
        assertThat(LuaRetainedSize.of(t)).isLessThan(1024);
    }

    @Test
    void upvaluesOfClosuresAreCounted() {
        LuaValue chunk = new org.luaj.vm2.LuaClosure(
                PrototypeCache.compile(
                        "@up.lua",
                        "local keep = string.rep('x', 1048576) return { f = function() return keep end }"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                globalsWithString());
        LuaValue cls = chunk.call();
        assertThat(LuaRetainedSize.of(cls)).isGreaterThanOrEqualTo(MB);
    }

    private static org.luaj.vm2.Globals globalsWithString() {
        org.luaj.vm2.Globals g = new org.luaj.vm2.Globals();
        g.rawset("string", LuaStrings.library());
        return g;
    }
}
