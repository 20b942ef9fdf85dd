package dev.luminara.ai.testing;

import dev.luminara.core.schema.ComponentInfo;
import dev.luminara.core.schema.FieldInfo;

/** Stands in for the scripting layer's Script component (same name and fields) until that lands on main. */
@ComponentInfo(name = "Script", description = "Runs a script on this entity (test stand-in)", category = "scripting")
public record ScriptStandIn(
        @FieldInfo(description = "Script file relative to the script folder")
        String path,

        @FieldInfo(description = "Whether it runs", defaultValue = "true")
        boolean enabled) {}
