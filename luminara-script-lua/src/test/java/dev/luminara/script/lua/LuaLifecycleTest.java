package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.component.RigidBody;
import dev.luminara.script.ScriptComponent;
import dev.luminara.script.ScriptState;
import dev.luminara.script.ScriptStatus;
import dev.luminara.script.TierPolicy;
import org.junit.jupiter.api.Test;

class LuaLifecycleTest {
    static final String RECORDER = """
            local R = {}
            function R:on_start() print("start " .. world.get_name(self.entity)) end
            function R:on_update(dt) print("update " .. world.get_name(self.entity)) end
            function R:on_destroy() print("destroy") end
            function R:on_message(from, name, payload) print("message " .. name .. " " .. tostring(payload.n)) end
            return R
            """;

    @Test
    void hooksRunInTheDocumentedOrder() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("r.lua", RECORDER);
            Entity a = h.spawn("a", "r.lua");
            Entity b = h.spawn("b", "r.lua");
            h.frame();
            assertThat(h.log).containsExactly("start a", "start b", "update a", "update b");
            h.log.clear();
            h.world.remove(a, ScriptComponent.class);
            h.frame();
            assertThat(h.log).containsExactly("destroy", "update b");
            assertThat(h.host.state(a)).isEmpty();
            assertThat(h.host.state(b)).contains(ScriptState.RUNNING);
        }
    }

    @Test
    void messagesArriveAtTheNextFrameBeforeUpdates() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("r.lua", RECORDER);
            h.file("sender.lua", """
                    local S = {}
                    function S:on_start() world.send_message(world.find_by_name("b"), "hello", {n = 7}) end
                    return S
                    """);
            h.spawn("a", "sender.lua");
            h.spawn("b", "r.lua");
            h.frame();
            h.log.clear();
            h.frame();
            assertThat(h.log).containsExactly("message hello 7", "update b");
        }
    }

    @Test
    void aDisabledScriptIsPausedAndKeepsItsState() {
        try (LuaHarness h = new LuaHarness()) {
            h.file(
                    "c.lua",
                    "local C = {} function C:on_start() self.n = 0 end"
                            + " function C:on_update() self.n = self.n + 1 print(self.n) end return C");
            Entity e = h.spawn("c", "c.lua");
            h.frames(2);
            h.world.set(e, new ScriptComponent("c.lua", false));
            h.frames(3);
            assertThat(h.host.state(e)).contains(ScriptState.PAUSED);
            assertThat(h.world.get(e, ScriptStatus.class).state()).isEqualTo("Paused");
            h.world.set(e, new ScriptComponent("c.lua", true));
            h.frame();
            assertThat(h.log).containsExactly("1", "2", "3");
        }
    }

    @Test
    void aThrowingScriptIsPutInErrorWithFileLineAndTracebackWhileOthersRun() {
        try (LuaHarness h = new LuaHarness()) {
            h.file(
                    "bad.lua",
                    "local B = {}\nlocal function helper(t)\n  return t.missing.field\nend\n"
                            + "function B:on_update() helper({}) end\nreturn B\n");
            h.file("good.lua", "local G = {} function G:on_update() print('ok') end return G");
            Entity bad = h.spawn("bad", "bad.lua");
            h.spawn("good", "good.lua");
            h.frames(3);
            ScriptState.Error err = (ScriptState.Error) h.host.state(bad).orElseThrow();
            assertThat(err.file()).isEqualTo("bad.lua");
            assertThat(err.line()).isEqualTo(3);
            assertThat(err.message()).contains("index");
            assertThat(err.traceback()).contains("bad.lua:3").contains("bad.lua:5");
            assertThat(h.log).containsExactly("ok", "ok", "ok");
            ScriptStatus status = h.world.get(bad, ScriptStatus.class);
            assertThat(status.toState()).isEqualTo(err);
            assertThat(h.errors).hasSize(1);
            assertThat(h.errors.get(0).describe()).startsWith("bad.lua:3: on_update (entity " + bad + "): ");
        }
    }

    @Test
    void replacingAFailedScriptLeavesTheNewScriptsStatusNotTheOldError() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("bad.lua", "local B = {}\nfunction B:on_update() error('broken') end\nreturn B\n");
            h.file("good.lua", "local G = {} function G:on_update() print('ok') end return G");
            Entity e = h.spawn("player", "bad.lua");
            h.frame();
            assertThat(h.world.get(e, ScriptStatus.class).state()).isEqualTo("Error");
            // an undo takes the script away; before any frame runs, another script is attached
            h.world.remove(e, ScriptComponent.class);
            h.world.set(e, new ScriptComponent("good.lua", true));
            h.frames(2);
            assertThat(h.world.get(e, ScriptStatus.class).state()).isEqualTo("Running");
            assertThat(h.world.get(e, ScriptStatus.class).file()).isEmpty();
        }
    }

    @Test
    void aRestoredWorldWithAStaleErrorStatusGetsTheRunningScriptsStatusBack() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("bad.lua", "local B = {}\nfunction B:on_update() error('broken') end\nreturn B\n");
            h.file("good.lua", "local G = {} function G:on_update() print('ok') end return G");
            Entity e = h.spawn("player", "bad.lua");
            h.frame();
            h.world.remove(e, ScriptComponent.class);
            var stale = h.world.snapshot(); // no script, and the error status nobody has cleared yet
            h.world.set(e, new ScriptComponent("good.lua", true));
            h.frames(2);
            // a document-style apply: the world goes back to before it, then gets the change alone
            h.world.restore(stale);
            h.world.set(e, new ScriptComponent("good.lua", true));
            h.frames(2);
            assertThat(h.world.get(e, ScriptStatus.class).state()).isEqualTo("Running");
        }
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("syntax.lua", "local S = {}\nfunction S:on_start()\n  local x = = 1\nend\nreturn S\n");
            Entity e = h.spawn("s", "syntax.lua");
            h.frame();
            ScriptState.Error err = (ScriptState.Error) h.host.state(e).orElseThrow();
            assertThat(err.file()).isEqualTo("syntax.lua");
            assertThat(err.line()).isEqualTo(3);
        }
    }

    @Test
    void requiredComponentsThatAreMissingAreNamed() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("car.lua", "return { requires = {'RigidBody', 'Collider'}, on_start = function() print('x') end }");
            Entity e = h.spawn("car", "car.lua");
            h.world.set(e, RigidBody.dynamic(1));
            h.frame();
            ScriptState.Error err = (ScriptState.Error) h.host.state(e).orElseThrow();
            assertThat(err.message()).contains("needs components Collider").doesNotContain("RigidBody,");
            assertThat(h.log).isEmpty();
        }
    }

    @Test
    void requireLoadsModulesFromTheScriptFolder() {
        try (LuaHarness h = new LuaHarness()) {
            h.file("lib/mathx.lua", "return { double = function(x) return 2 * x end }");
            h.file(
                    "user.lua",
                    "local m = require('lib.mathx') return { on_start = function() print(m.double(21)) end }");
            h.spawn("u", "user.lua");
            h.frame();
            assertThat(h.log).containsExactly("42");
        }
    }

    @Test
    void theCompiledTierRunsTheSameScript() {
        try (LuaHarness h = new LuaHarness(LuaHarness.RELAXED, id -> dev.luminara.script.ExecutionTier.COMPILED)) {
            h.file("r.lua", RECORDER);
            h.spawn("a", "r.lua");
            h.frame();
            assertThat(h.errors).isEmpty();
            assertThat(h.log).containsExactly("start a", "update a");
        }
    }

    @Test
    void everyScriptStateIsMirroredAndReadBack() {
        for (Class<?> c : ScriptState.class.getPermittedSubclasses()) {
            ScriptState s = c == ScriptState.Error.class
                    ? new ScriptState.Error("m", "f.lua", 3, "tb")
                    : (ScriptState)
                            (c == ScriptState.Running.class
                                    ? ScriptState.RUNNING
                                    : c == ScriptState.Paused.class ? ScriptState.PAUSED : ScriptState.UNINITIALIZED);
            assertThat(ScriptStatus.of(s).toState()).isEqualTo(s);
        }
        assertThat(TierPolicy.ALL_SANDBOXED.tierFor(dev.luminara.script.ScriptId.of("a.lua")))
                .isEqualTo(dev.luminara.script.ExecutionTier.SANDBOXED);
    }
}
