package dev.luminara.script;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A host's compiled scripts by id: loads each once, and turns every way a load can fail into a located error. */
final class ScriptLoader {
    private final ScriptSources sources;
    private final Map<ScriptLanguage, RuntimeSession> sessions;
    private final TierPolicy tiers;
    private final Map<ScriptId, LoadedScript> loaded = new HashMap<>();

    ScriptLoader(ScriptSources sources, Map<ScriptLanguage, RuntimeSession> sessions, TierPolicy tiers) {
        this.sources = sources;
        this.sessions = sessions;
        this.tiers = tiers;
    }

    Map<ScriptId, LoadedScript> loaded() {
        return loaded;
    }

    LoadedScript load(ScriptId id) {
        LoadedScript l = loaded.get(id);
        if (l == null) {
            l = compile(id);
            loaded.put(id, l);
        }
        return l;
    }

    LoadedScript compile(ScriptId id) {
        Optional<byte[]> bytes = sources.read(id);
        if (bytes.isEmpty()) {
            return new LoadedScript(id, null, new ScriptError(id, null, "load", "no such script file", null, "", null));
        }
        RuntimeSession session = sessions.get(id.language());
        if (session == null) {
            return new LoadedScript(
                    id,
                    null,
                    new ScriptError(
                            id,
                            null,
                            "load",
                            "no runtime for " + id.language() + " scripts is installed",
                            null,
                            "",
                            null));
        }
        try {
            CompiledScript c = session.compile(ScriptAsset.of(id, bytes.get()), tiers.tierFor(id));
            return new LoadedScript(id, c, null);
        } catch (ScriptCompileException e) {
            return new LoadedScript(
                    id, null, new ScriptError(id, null, "load", stripLocation(e), e.location(), "", null));
        } catch (ScriptLimitException e) {
            return new LoadedScript(id, null, new ScriptError(id, null, "load", e.getMessage(), null, "", e.kind()));
        } catch (ScriptRuntimeException e) {
            return new LoadedScript(
                    id, null, new ScriptError(id, null, "load", e.detail(), e.location(), e.traceback(), null));
        }
    }

    private static String stripLocation(ScriptCompileException e) {
        String prefix = e.location() + ": ";
        String m = e.getMessage();
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
