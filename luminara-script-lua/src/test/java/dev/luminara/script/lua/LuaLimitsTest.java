package dev.luminara.script.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.component.Name;
import dev.luminara.script.BudgetWindow;
import dev.luminara.script.LimitKind;
import dev.luminara.script.SandboxConfig;
import dev.luminara.script.ScriptReport;
import dev.luminara.script.ScriptState;
import dev.luminara.script.TierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaLimitsTest {
    @Test
    void theApiCallPastTheBudgetIsRefusedExactlyEvenUnderPcall() {
        SandboxConfig c = LuaHarness.RELAXED.withMaxApiCalls(5).withWindow(BudgetWindow.RUN);
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "a.lua",
                    "return { on_start = function(self) for i = 1, 10 do pcall(log.info, 'call ' .. i) end end }");
            Entity e = h.spawn("a", "a.lua");
            h.frame();
            assertThat(h.log).containsExactly("call 1", "call 2", "call 3", "call 4", "call 5");
            assertThat(h.errors).singleElement().satisfies(err -> assertThat(err.limit())
                    .isEqualTo(LimitKind.API_CALLS));
            assertThat(h.host.usage(e).orElseThrow().apiCalls()).isEqualTo(5);
        }
    }

    @Test
    void aLimitHitSaysTheFileAndLineTheScriptWasAt() {
        SandboxConfig c = LuaHarness.RELAXED
                .withMaxInstructions(100_000)
                .withMaxEntitiesSpawned(2)
                .withWindow(BudgetWindow.RUN);
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "loop.lua",
                    "return {\n  on_start = function(self)\n    local n = 0\n    while true do n = n + 1 end\n"
                            + "  end,\n}\n");
            h.file(
                    "spawner.lua",
                    "return {\n  on_start = function(self)\n    for i = 1, 5 do\n"
                            + "      world.spawn('minion')\n    end\n  end,\n}\n");
            Entity loop = h.spawn("loop", "loop.lua");
            Entity spawner = h.spawn("spawner", "spawner.lua");
            h.frame();
            assertThat(h.errors).hasSize(2);
            assertThat(h.errors).anySatisfy(err -> {
                assertThat(err.entity()).isEqualTo(loop);
                assertThat(err.limit()).isEqualTo(LimitKind.INSTRUCTIONS);
                assertThat(err.location().toString()).isEqualTo("loop.lua:4");
                assertThat(err.describe()).startsWith("loop.lua:4: on_start");
            });
            assertThat(h.errors).anySatisfy(err -> {
                assertThat(err.entity()).isEqualTo(spawner);
                assertThat(err.limit()).isEqualTo(LimitKind.ENTITIES_SPAWNED);
                assertThat(err.location().toString()).isEqualTo("spawner.lua:4");
            });
            assertThat(h.host.state(loop).orElseThrow())
                    .isInstanceOfSatisfying(
                            ScriptState.Error.class, st -> assertThat(st.line()).isEqualTo(4));
        }
    }

    @Test
    void stringRepBuildsEveryCountWithAndWithoutASeparator() {
        try (LuaHarness h = new LuaHarness(LuaHarness.RELAXED, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "r.lua",
                    "return { on_start = function(self) for n = 0, 9 do"
                            + " log.info(string.rep('ab', n) .. '|' .. string.rep('xyz', n, ', ') .. '|'"
                            + " .. string.rep('', n, '-')) end end }");
            h.spawn("r", "r.lua");
            h.frame();
            List<String> expected = new ArrayList<>();
            for (int n = 0; n <= 9; n++) {
                expected.add("ab".repeat(n) + "|" + String.join(", ", java.util.Collections.nCopies(n, "xyz")) + "|"
                        + "-".repeat(Math.max(0, n - 1)));
            }
            assertThat(h.log).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aHugeStringRepNamesTheSizeItWouldBuildAndEmptyRepsCostNothing() {
        try (LuaHarness h = new LuaHarness(LuaHarness.RELAXED, TierPolicy.ALL_SANDBOXED)) {
            h.file(
                    "r.lua",
                    "return { on_start = function(self) log.info('[' .. string.rep('', 2^40) .. ']')"
                            + " local s = string.rep('x', 2^31) end }");
            h.spawn("r", "r.lua");
            h.frame();
            assertThat(h.log).containsExactly("[]");
            assertThat(h.errors).singleElement().satisfies(err -> {
                assertThat(err.limit()).isEqualTo(LimitKind.VALUE_SIZE);
                assertThat(err.message()).contains("string.rep would build 2147483648 bytes");
            });
        }
    }

    @Test
    void theSpawnPastTheBudgetIsRefusedExactly() {
        SandboxConfig c = LuaHarness.RELAXED.withMaxEntitiesSpawned(3).withWindow(BudgetWindow.RUN);
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            h.file("s.lua", "return { on_update = function(self) world.spawn('minion') end }");
            h.spawn("s", "s.lua");
            h.frames(5);
            long minions = h.world.query(Name.class).entities().stream()
                    .filter(x -> h.world.get(x, Name.class).value().equals("minion"))
                    .count();
            assertThat(minions).isEqualTo(3);
            ScriptReport report = h.host.report();
            assertThat(report.entitiesSpawned()).isEqualTo(3);
            assertThat(report.limitsHit()).singleElement().satisfies(err -> assertThat(err.limit())
                    .isEqualTo(LimitKind.ENTITIES_SPAWNED));
            assertThat(report.callsByFunction()).containsEntry("world.spawn", 4L);
        }
    }

    @Test
    void budgetsStartAgainEachFrameInTheFrameWindow() {
        SandboxConfig c = LuaHarness.RELAXED.withMaxApiCalls(2);
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            h.file("a.lua", "return { on_update = function() log.info('a') log.info('b') end }");
            Entity e = h.spawn("a", "a.lua");
            h.frames(4);
            assertThat(h.host.state(e)).contains(ScriptState.RUNNING);
            assertThat(h.log).hasSize(8);
        }
    }

    @Test
    void aLoopWithoutAnInstructionBudgetIsStoppedByTheWatchdogInTime() {
        SandboxConfig c = SandboxConfig.UNLIMITED.withMaxExecutionTime(Duration.ofMillis(150));
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            h.file("loop.lua", "return { on_start = function() while true do end end }");
            Entity e = h.spawn("loop", "loop.lua");
            long cpu0 = HostileCorpusTest.CPU.getCurrentThreadCpuTime();
            h.frame();
            long cpuMillis = (HostileCorpusTest.CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            assertThat(cpuMillis).isLessThan(150 + 100);
            assertThat(h.errors).singleElement().satisfies(err -> assertThat(err.limit())
                    .isEqualTo(LimitKind.EXECUTION_TIME));
            assertThat(h.host.state(e).orElseThrow()).isInstanceOf(ScriptState.Error.class);
        }
    }

    @Test
    void theInstructionBudgetIsExact() {
        SandboxConfig c = LuaHarness.RELAXED.withMaxInstructions(5000);
        try (LuaHarness h = new LuaHarness(c, TierPolicy.ALL_SANDBOXED)) {
            // a counted loop costs 2 instructions per turn: 100 turns fit in 5000, 5000 turns do not
            h.file("ok.lua", "return { on_update = function() local x = 0 for i = 1, 100 do x = x + i end end }");
            h.file("no.lua", "return { on_update = function() local x = 0 for i = 1, 5000 do x = x + i end end }");
            Entity ok = h.spawn("ok", "ok.lua");
            Entity no = h.spawn("no", "no.lua");
            h.frames(3);
            assertThat(h.host.state(ok)).contains(ScriptState.RUNNING);
            assertThat(h.host.state(no).orElseThrow()).isInstanceOf(ScriptState.Error.class);
            assertThat(((ScriptState.Error) h.host.state(no).orElseThrow()).message())
                    .contains("5000 instructions");
        }
    }

    @Test
    void badApiArgumentsAreCatchableErrorsNamingTheParameter() {
        try (LuaHarness h = new LuaHarness()) {
            h.file(
                    "a.lua",
                    "return { on_start = function(self)"
                            + " local ok, e = pcall(transform.set_position, self.entity, 'north') print(e)"
                            + " local ok2, e2 = pcall(transform.set_scale, self.entity, vec3(-1, 1, 1)) print(e2) end }");
            h.spawn("a", "a.lua");
            h.frame();
            assertThat(h.log.get(0))
                    .contains("transform.set_position: argument 2 (position) expected vec3, got string");
            assertThat(h.log.get(1))
                    .contains("transform.set_scale: argument 2 (scale) components must be within [0, 1000000]");
        }
    }
}
