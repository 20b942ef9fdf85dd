package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.script.ReloadResult;
import dev.luminara.script.ScriptError;
import dev.luminara.script.ScriptId;
import dev.luminara.script.ScriptState;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaReloadTest {
    static String counter(String strategy, String step, String extra) {
        return "local C = { reload = '" + strategy + "' }\n"
                + "function C:on_start() self.n = 0 print('start') end\n"
                + "function C:on_update() self.n = self.n + " + step + " print(self.n) end\n" + extra + "return C\n";
    }

    @Test
    void preserveStateKeepsFieldsAndSwapsFunctions() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("c.lua", counter("PreserveState", "1", ""));
            Entity e = h.spawn("c", "c.lua");
            h.frames(2);
            h.file("c.lua", counter("PreserveState", "10", ""));
            List<ReloadResult> r = h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
            assertThat(h.log).containsExactly("start", "1", "2", "12");
            assertThat(h.reloads).containsExactly("c.lua:PRESERVE_STATE:1");
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
        }
    }

    @Test
    void saveRestoreMovesStateThroughOnSaveAndOnRestore() {
        String hooks = "function C:on_save() return { n = self.n } end\n"
                + "function C:on_restore(s) self.n = s.n * 100 print('restored') end\n";
        try (LuaHarness h = new LuaHarness()) {
            h.file("c.lua", counter("SaveRestore", "1", hooks));
            h.spawn("c", "c.lua");
            h.frames(2);
            h.file("c.lua", counter("SaveRestore", "1", hooks));
            h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(h.log).containsExactly("start", "1", "2", "restored", "201");
        }
    }

    @Test
    void resetStartsAFreshInstance() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("c.lua", counter("Reset", "1", ""));
            h.spawn("c", "c.lua");
            h.frames(2);
            h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(h.log).containsExactly("start", "1", "2", "start", "1");
        }
    }

    @Test
    void aReloadThatDoesNotCompileKeepsTheOldVersionAndTheNextGoodOneRecovers() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("c.lua", counter("PreserveState", "1", ""));
            Entity e = h.spawn("c", "c.lua");
            h.frame();
            h.file("c.lua", "local C = {}\nfunction C:on_update(\n  print('oops'\nend\nreturn C\n");
            List<ReloadResult> bad = h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(bad.get(0).ok()).isFalse();
            assertThat(bad.get(0).error().location().file()).isEqualTo("c.lua");
            assertThat(bad.get(0).error().location().line()).isBetween(3, 4);
            assertThat(bad.get(0).error().message()).contains("previous version keeps running");
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
            h.file("c.lua", counter("PreserveState", "5", ""));
            h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(h.log).containsExactly("start", "1", "2", "7");
        }
    }

    @Test
    void aScriptStoppedByAnErrorRestartsOnTheNextGoodVersion() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("c.lua", "return { on_update = function() error('boom') end }");
            Entity e = h.spawn("c", "c.lua");
            h.frame();
            assertThat(h.host.state(e).orElseThrow()).isInstanceOf(ScriptState.Error.class);
            h.file("c.lua", counter("PreserveState", "1", ""));
            h.host.reload(List.of(ScriptId.of("c.lua")));
            h.frame();
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
            assertThat(h.log).containsExactly("start", "1");
        }
    }

    @Test
    void changingARequiredModuleReloadsItsUsers() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("lib.lua", "return { k = 1 }");
            h.file(
                    "u.lua",
                    "local lib = require('lib') local U = { reload = 'Reset' }"
                            + " function U:on_start() print(lib.k) end return U");
            h.spawn("u", "u.lua");
            h.frame();
            h.file("lib.lua", "return { k = 2 }");
            List<ReloadResult> r = h.host.reload(List.of(ScriptId.of("lib.lua")));
            assertThat(r).extracting(x -> x.script().path()).containsExactly("u.lua");
            assertThat(h.log).containsExactly("1", "2");
        }
    }

    @Test
    void aRequiredModuleThatNoLongerCompilesIsReportedAtItsOwnFileAndLine() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("lib/steer.lua", "return { k = 1 }");
            h.file(
                    "patrol.lua",
                    "local P = { reload = 'Reset' }\nlocal steer = require('lib.steer')\n"
                            + "function P:on_start() print(steer.k) end\nreturn P");
            h.spawn("grunt", "patrol.lua");
            h.frame();
            h.file("lib/steer.lua", "return { k = 1 }\n\nthis is not lua (");
            List<ReloadResult> r = h.host.reload(List.of(ScriptId.of("lib/steer.lua")));
            assertThat(r).hasSize(1);
            ScriptError error = r.get(0).error();
            assertThat(error).isNotNull();
            assertThat(error.location().file()).isEqualTo("lib/steer.lua");
            assertThat(error.location().line()).isEqualTo(3);
            assertThat(error.message()).startsWith("'<eos>' expected (required at patrol.lua:2)");
            assertThat(h.log).containsExactly("1");
        }
    }
}
