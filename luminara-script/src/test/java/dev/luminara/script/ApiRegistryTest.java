package dev.luminara.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRegistryTest {
    final List<List<ScriptValue>> calls = new ArrayList<>();
    final ApiModule vehicle = ApiModule.builder("Vehicle")
            .description("LunyScript-style verbs acting on the script's own entity")
            .function(ApiFunction.builder("SetSpeed")
                    .ranged("speed", ValueType.NUMBER, "km/h", 0, 300)
                    .optional("gear", ValueType.INTEGER, "gear", ScriptValue.of(1))
                    .implementedBy((c, a) -> {
                        calls.add(a);
                        return ScriptValue.of(c.entity());
                    }))
            .build();

    ScriptHost host(SandboxConfig config) {
        return ScriptingPlugin.builder()
                .sources(id -> Optional.empty())
                .module(vehicle)
                .sandbox(config)
                .runtime(new NoRuntime())
                .buildHost(new World());
    }

    ScriptContext context(ScriptHost host) {
        ScriptEnvironment env = new ScriptEnvironment(host.api(), id -> Optional.empty(), host.sandboxConfig());
        return new ScriptContext(
                host.world(),
                host.world().spawn(Name.of("car")),
                ScriptId.of("car.lua"),
                env.newSandbox(ScriptId.of("car.lua")),
                null);
    }

    ApiBinding setSpeed(ScriptHost h) {
        return h.api().find("Vehicle.SetSpeed").orElseThrow();
    }

    @Test
    void theRegistryIsIntrospectableAndHoldsTheBuiltInsAndAddedModules() {
        ScriptHost h = host(SandboxConfig.DEFAULT);
        assertThat(h.api().modules())
                .extracting(ApiModule::name)
                .containsExactly("transform", "world", "time", "log", "physics", "input", "audio", "Vehicle");
        ApiFunction f = setSpeed(h).function();
        assertThat(f.signature()).isEqualTo("SetSpeed(speed: number, gear?: integer) -> nil");
        assertThat(f.params().get(0).min()).isEqualTo(0);
        assertThat(f.params().get(0).max()).isEqualTo(300);
        assertThat(f.minArity()).isEqualTo(1);
        assertThat(f.maxArity()).isEqualTo(2);
    }

    @Test
    void callsAreCheckedForArityTypesAndRangesAndFilledWithDefaults() {
        ScriptHost h = host(SandboxConfig.DEFAULT);
        ScriptContext c = context(h);
        ScriptValue self = ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of(50)));
        assertThat(self).isEqualTo(ScriptValue.of(c.entity()));
        assertThat(calls).containsExactly(List.of(ScriptValue.of(50), ScriptValue.of(1)));
        assertThatThrownBy(() -> ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of(500))))
                .isInstanceOf(ApiCallException.class)
                .hasMessage("Vehicle.SetSpeed: argument 1 (speed) must be within [0, 300], got 500");
        assertThatThrownBy(() -> ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of("fast"))))
                .hasMessageContaining("argument 1 (speed) expected number, got string");
        assertThatThrownBy(() -> ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of(5), ScriptValue.of(2.5))))
                .hasMessageContaining("argument 2 (gear) expected an integer");
        assertThatThrownBy(() -> ApiRegistry.invoke(
                        c, setSpeed(h), List.of(ScriptValue.of(5), ScriptValue.of(2), ScriptValue.of(Vec3.ONE))))
                .hasMessageContaining("expected at most 2 arguments, got 3");
        assertThatThrownBy(() -> ApiRegistry.invoke(c, setSpeed(h), List.of()))
                .hasMessageContaining("argument 1 (speed) is missing");
    }

    @Test
    void theCallPastTheBudgetIsRefusedBeforeItRuns() {
        ScriptHost h = host(SandboxConfig.DEFAULT.withMaxApiCalls(3));
        ScriptContext c = context(h);
        for (int i = 0; i < 3; i++) ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of(i)));
        assertThatThrownBy(() -> ApiRegistry.invoke(c, setSpeed(h), List.of(ScriptValue.of(9))))
                .isInstanceOf(ScriptLimitException.class)
                .satisfies(e -> assertThat(((ScriptLimitException) e).kind()).isEqualTo(LimitKind.API_CALLS));
        assertThat(calls).hasSize(3);
        assertThat(c.sandbox().usage().callsByFunction()).containsEntry("Vehicle.SetSpeed", 3L);
    }

    @Test
    void duplicateModulesAndBadNamesAreRefused() {
        ApiRegistry r = ApiRegistry.of(List.of(vehicle));
        assertThatThrownBy(() -> r.register(vehicle)).hasMessageContaining("already registered");
        assertThatThrownBy(() -> ApiModule.builder("bad name").build()).hasMessageContaining("must match");
    }

    /** A runtime for no language, so that the host can be built without Lua or WASM on the class path. */
    static final class NoRuntime implements ScriptRuntime {
        @Override
        public ScriptLanguage language() {
            return ScriptLanguage.LUA;
        }

        @Override
        public RuntimeSession open(ScriptEnvironment environment) {
            return new RuntimeSession() {
                @Override
                public CompiledScript compile(ScriptAsset asset, ExecutionTier tier) {
                    throw new ScriptCompileException(
                            new ScriptLocation(asset.id().path(), 1), "no runtime");
                }

                @Override
                public void close() {}
            };
        }
    }
}
