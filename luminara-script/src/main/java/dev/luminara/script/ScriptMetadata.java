package dev.luminara.script;

import java.util.List;
import java.util.Objects;

/**
 * What a script says about itself. Lua: fields of the returned class table ({@code description}, {@code version},
 * {@code author}, {@code requires = {"Transform"}}, {@code reload = "SaveRestore"}); WASM: a custom section named
 * {@code luminara} holding the same keys as JSON. {@code lifecycleHooks} are the hooks the script defines.
 */
public record ScriptMetadata(
        String author,
        String description,
        String version,
        List<String> lifecycleHooks,
        List<String> requiredComponents,
        ReloadStrategy reloadStrategy) {
    public static final ScriptMetadata EMPTY =
            new ScriptMetadata(null, "", "", List.of(), List.of(), ReloadStrategy.PRESERVE_STATE);

    public ScriptMetadata {
        description = description == null ? "" : description;
        version = version == null ? "" : version;
        lifecycleHooks = List.copyOf(lifecycleHooks);
        requiredComponents = List.copyOf(requiredComponents);
        Objects.requireNonNull(reloadStrategy, "reloadStrategy");
    }

    public boolean defines(String hook) {
        return lifecycleHooks.contains(hook);
    }
}
