package dev.luminara.script.internal;

import dev.luminara.script.ApiFunction;
import dev.luminara.script.ApiModule;
import dev.luminara.script.CallContext;
import dev.luminara.script.ScriptValue;
import dev.luminara.script.ValueType;

/** {@code log}: messages from scripts, tagged with script and entity, to SLF4J and the host's listeners. */
final class LogModule {
    /** Receives what scripts log. */
    @FunctionalInterface
    interface Sink {
        void log(CallContext context, String level, String message);
    }

    private LogModule() {}

    static ApiModule create(Sink sink) {
        ApiModule.Builder b = ApiModule.builder("log").description("Log lines tagged with the script and entity.");
        for (String level : new String[] {"info", "warn", "error"}) {
            b.function(ApiFunction.builder(level)
                    .param("message", ValueType.ANY, "What to log (converted to text)")
                    .description("Logs at " + level + " level.")
                    .implementedBy((c, a) -> {
                        String text = a.get(0).toString();
                        if (text.length() > 4096) text = text.substring(0, 4096) + "...";
                        sink.log(c, level, text);
                        return ScriptValue.NIL;
                    }));
        }
        return b.build();
    }
}
