package dev.luminara.script.lua.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;

class PrototypeCacheTest {
    private static byte[] lua(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameNameAndBytesCompileOnce() {
        byte[] source = lua("local n = 0\nreturn function() n = n + 1 return n end -- once");
        Prototype first = PrototypeCache.compile("@once.lua", source);
        source[0] = ' '; // the cache holds its own copy: the caller's array may change afterwards
        Prototype again = PrototypeCache.compile(
                "@once.lua", lua("local n = 0\nreturn function() n = n + 1 return n end -- once"));

        assertThat(again).isSameAs(first);
        assertThat(PrototypeCache.compile("@other.lua", lua("return 1 -- once")))
                .isNotSameAs(first);
        assertThat(PrototypeCache.compile("@once.lua", lua("return 2 -- once"))).isNotSameAs(first);
    }

    @Test
    void closuresOfOneSharedPrototypeKeepTheirOwnStateAndGlobals() {
        Prototype p = PrototypeCache.compile(
                "@counter.lua",
                lua("count = (count or 0) + 1\nlocal n = 0\n"
                        + "return function() n = n + 1 return n * 100 + count end"));
        Globals a = new Globals();
        Globals b = new Globals();
        LuaValue counterA = new LuaClosure(p, a).call();
        LuaValue counterB = new LuaClosure(p, b).call();

        counterA.call();
        assertThat(counterA.call().toint()).isEqualTo(201);
        assertThat(counterB.call().toint()).isEqualTo(101);
        assertThat(a.get("count").toint()).isEqualTo(1);
        assertThat(b.get("count").toint()).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        assertThatThrownBy(() -> PrototypeCache.compile("@broken.lua", lua("local x = 1\nx = = 2\n")))
                .isInstanceOf(LuaError.class)
                .hasMessageContaining("broken.lua:2:");
    }

    @Test
    void theOldestEntriesAreDroppedPastCapacity() {
        Prototype first = PrototypeCache.compile("@evict.lua", lua("return 0"));
        for (int i = 1; i <= PrototypeCache.CAPACITY; i++) {
            PrototypeCache.compile("@evict.lua", lua("return " + i));
        }
        assertThat(PrototypeCache.compile("@evict.lua", lua("return 0"))).isNotSameAs(first);
    }
}
