package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.script.LimitKind;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptState;
import dev.luminara.script.TierPolicy;
import org.junit.jupiter.api.Test;

/** max_memory counted across calls: what a sandboxed script keeps from frame to frame. */
class LuaRetainedMemoryTest {
    // 16 MiB, not less: the leak below allocates about 8 MB per call, which must stay under the per-call limit so
    // that it is the retained check, not the per-call one, that stops it
    static final SandboxConfig SMALL = LuaHarness.RELAXED.withMaxMemory(16L << 20);

    static final String LEAK = "local S = {}\n"
            + "local keep = {}\n"
            + "function S:on_update(dt)\n"
            + "  for i = 1, 4 do keep[#keep + 1] = string.rep('y', 1000000) .. i end\n"
            + "end\n"
            + "return S\n";

    static final String COUNTER =
            "return { on_update = function(self) self.n = (self.n or 0) + 1 log.info('n=' .. self.n) end }";

    @Test
    void aScriptKeepingMoreEveryFrameHitsTheMemoryLimitAndTheOthersRunOn() {
        try (LuaHarness h = new LuaHarness(SMALL, TierPolicy.ALL_SANDBOXED)) {
            h.file("leak.lua", LEAK).file("counter.lua", COUNTER);
            Entity leak = h.spawn("leak", "leak.lua");
            Entity counter = h.spawn("counter", "counter.lua");
            int frames = 0;
            while (h.errors.isEmpty() && frames < 50) {
                h.frame();
                frames++;
            }
            // 4 MB kept per frame against 16 MiB, measured every 4 MiB allocated: caught by frame 5 or 6
            assertThat(frames).isBetween(4, 7);
            assertThat(h.errors).singleElement().satisfies(err -> {
                assertThat(err.limit()).isEqualTo(LimitKind.MEMORY);
                assertThat(err.message())
                        .contains("leak.lua")
                        .contains("holds about")
                        .contains("MB of Lua values after on_update")
                        .contains("max_memory is " + (16L << 20) + " bytes");
            });
            assertThat(h.host.state(leak).orElseThrow()).isInstanceOf(ScriptState.Error.class);

            h.frames(5);
            assertThat(h.host.state(counter)).contains(ScriptState.RUNNING);
            assertThat(h.log).last().isEqualTo("n=" + (frames + 5));
            assertThat(h.errors).hasSize(1);
        }
    }

    @Test
    void aMegabyteOfGarbageEveryFrameIsNotKept() {
        try (LuaHarness h = new LuaHarness(SMALL, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "garbage.lua",
                    "return { on_update = function(self)"
                            + " local s = string.rep('g', 1000000) .. '!' self.len = #s end }");
            Entity e = h.spawn("garbage", "garbage.lua");
            h.frames(200);
            assertThat(h.errors).isEmpty();
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
        }
    }

    @Test
    void aModestSteadyStateRebuiltEveryFrameIsNotALeak() {
        try (LuaHarness h = new LuaHarness(SMALL, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "steady.lua",
                    "local S = {}\n"
                            + "local names = {}\n"
                            + "function S:on_update(dt)\n"
                            + "  local t = {}\n"
                            + "  for i = 1, 1000 do t[i] = { id = i, name = 'entry' .. i, x = i * dt } end\n"
                            + "  self.entries = t\n"
                            + "  names[#names % 10 + 1] = t[1].name\n"
                            + "end\n"
                            + "return S\n");
            Entity e = h.spawn("steady", "steady.lua");
            h.frames(200);
            assertThat(h.errors).isEmpty();
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
        }
    }

    @Test
    void hugeStringsBuiltInOneCallAreStoppedByMaxMemoryNotByTheClock() {
        try (LuaHarness h = new LuaHarness()) {
            // twelve 16 MiB strings in a loop of a few instructions: the instruction-count sampling alone never runs
            h.file(
                    "big.lua",
                    "return { on_start = function(self) local t = {}"
                            + " for i = 1, 12 do t[i] = string.rep('x', 16 * 1024 * 1024) end self.t = t end }");
            Entity e = h.spawn("big", "big.lua");
            h.frame();
            assertThat(h.errors).singleElement().satisfies(err -> {
                assertThat(err.limit()).isEqualTo(LimitKind.MEMORY);
                assertThat(err.message()).contains("in one call: max_memory is " + SandboxConfig.DEFAULT.maxMemory());
            });
            assertThat(h.host.state(e).orElseThrow()).isInstanceOf(ScriptState.Error.class);
        }
    }
}
