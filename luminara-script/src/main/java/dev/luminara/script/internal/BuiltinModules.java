package dev.luminara.script.internal;

import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import java.util.ArrayList;
import java.util.List;

/** The engine API every host registers: transform, world, time and log physics, input and audio. */
public final class BuiltinModules {
    /** Receives what scripts log. */
    @FunctionalInterface
    public interface LogSink {
        void log(CallContext context, String level, String message);
    }

    private BuiltinModules() {}

    public static List<ApiModule> create(LogSink log) {
        List<ApiModule> out = new ArrayList<>();
        out.add(TransformModule.create());
        out.add(WorldModule.create());
        out.add(TimeModule.create());
        out.add(LogModule.create(log::log));
        out.add(PhysicsModule.create());
        out.add(InputModule.create());
        out.add(AudioModule.create());
        return out;
    }
}
