package dev.luminara.script;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A script as loaded from the script root: id, name, language, the source bytes (UTF-8 text for Lua, a binary module
 * for WASM), the scripts it depends on ({@code require}) and its metadata once compiled.
 */
public record ScriptAsset(
        ScriptId id,
        String name,
        ScriptLanguage language,
        byte[] source,
        List<ScriptId> dependencies,
        ScriptMetadata metadata) {
    public ScriptAsset {
        Objects.requireNonNull(id, "id");
        name = name == null ? id.simpleName() : name;
        Objects.requireNonNull(language, "language");
        source = source.clone();
        dependencies = List.copyOf(dependencies);
        metadata = metadata == null ? ScriptMetadata.EMPTY : metadata;
    }

    public static ScriptAsset of(ScriptId id, byte[] source) {
        return new ScriptAsset(id, id.simpleName(), id.language(), source, List.of(), ScriptMetadata.EMPTY);
    }

    public static ScriptAsset lua(String path, String source) {
        return of(ScriptId.of(path), source.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] source() {
        return source.clone();
    }

    public String text() {
        return new String(source, StandardCharsets.UTF_8);
    }

    public ScriptAsset withMetadata(ScriptMetadata m, List<ScriptId> deps) {
        return new ScriptAsset(id, name, language, source, deps, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptAsset a
                && a.id.equals(id)
                && java.util.Arrays.equals(a.source, source)
                && a.dependencies.equals(dependencies)
                && a.metadata.equals(metadata);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + java.util.Arrays.hashCode(source);
    }

    @Override
    public String toString() {
        return "ScriptAsset[" + id + ", " + language + ", " + source.length + " bytes]";
    }
}
