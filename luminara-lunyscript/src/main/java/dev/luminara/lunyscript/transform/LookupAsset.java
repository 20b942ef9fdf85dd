package dev.luminara.lunyscript.transform;

import dev.luminara.lunyscript.EngineAdapter;
import dev.luminara.lunyscript.VerbCallException;

/** {@code LookupAsset}: an asset name to what the target takes (a path, an {@code AudioKey}), through the adapter. */
public record LookupAsset(EngineAdapter adapter, Class<?> type) implements BuiltinTransformation {
    @Override
    public Object apply(Object value) {
        String name = String.valueOf(value);
        Object asset = adapter.lookupAsset(name, type);
        if (asset == null) {
            throw new VerbCallException("LookupAsset: " + adapter.info().name() + " has no asset named '" + name + "'");
        }
        return asset;
    }

    @Override
    public Class<?> outputType() {
        return type;
    }

    @Override
    public String describe() {
        return "LookupAsset(" + (type == null ? "?" : type.getSimpleName()) + ")";
    }
}
