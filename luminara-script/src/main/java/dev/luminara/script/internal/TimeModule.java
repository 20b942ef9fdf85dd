package dev.luminara.script.internal;

import dev.luminara.core.app.Time;
import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;

/** {@code time}: the simulation clock (fixed step), from the world's {@link Time} resource. */
final class TimeModule {
    private TimeModule() {}

    static ApiModule create() {
        return ApiModule.builder("time")
                .description("The simulation clock: fixed step, elapsed simulated seconds, frame number.")
                .function(ApiFunction.builder("delta")
                        .returns(ValueType.NUMBER)
                        .description("Seconds per fixed step (1/hz).")
                        .implementedBy((c, a) -> ScriptValue.of(time(c).delta())))
                .function(ApiFunction.builder("elapsed")
                        .returns(ValueType.NUMBER)
                        .description("Simulated seconds since the app started.")
                        .implementedBy((c, a) -> ScriptValue.of(time(c).elapsed())))
                .function(ApiFunction.builder("frame")
                        .returns(ValueType.INTEGER)
                        .description("The current frame number.")
                        .implementedBy((c, a) -> ScriptValue.of(time(c).frame())))
                .build();
    }

    private static Time time(CallContext c) {
        return c.world().findResource(Time.class).orElse(Time.start(60));
    }
}
