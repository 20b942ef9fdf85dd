package dev.luminara.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hot reload for a {@link ScriptHost}: which scripts a change affects, and each instance's move to the new version. */
final class Reloads {
    private final ScriptHost host;

    Reloads(ScriptHost host) {
        this.host = host;
    }

    List<ReloadResult> reload(Collection<ScriptId> changed) {
        List<ReloadResult> results = new ArrayList<>();
        for (ScriptId id : affected(changed)) {
            results.add(reloadOne(id));
        }
        return results;
    }

    /** The changed scripts that this host uses, plus (transitively) the loaded scripts that require them. */
    private Set<ScriptId> affected(Collection<ScriptId> changed) {
        Set<ScriptId> out = new LinkedHashSet<>();
        List<ScriptId> work = new ArrayList<>(changed);
        while (!work.isEmpty()) {
            ScriptId id = work.remove(0);
            for (LoadedScript l : host.loadedScripts().values()) {
                if (l.ok() && l.compiled().dependencies().contains(id) && !out.contains(l.id())) {
                    work.add(l.id());
                }
            }
            if (host.loadedScripts().containsKey(id)) out.add(id);
        }
        return out;
    }

    private ReloadResult reloadOne(ScriptId id) {
        LoadedScript next = host.compile(id);
        if (!next.ok()) {
            LoadedScript old = host.loadedScripts().get(id);
            ScriptError e = next.error();
            ScriptError refused = new ScriptError(
                    id,
                    null,
                    "reload",
                    e.message() + (old != null && old.ok() ? " (the previous version keeps running)" : ""),
                    e.location(),
                    e.traceback(),
                    e.limit());
            host.record(refused);
            return new ReloadResult(id, refused, 0);
        }
        host.loadedScripts().put(id, next);
        ReloadStrategy strategy = next.compiled().metadata().reloadStrategy();
        int moved = 0;
        for (AttachedScript a : new ArrayList<>(host.attachedScripts())) {
            if (!a.id.equals(id)) continue;
            move(a, next.compiled(), strategy);
            moved++;
        }
        for (ScriptListener l : host.listeners()) l.reloaded(id, strategy, moved);
        return new ReloadResult(id, null, moved);
    }

    private void move(AttachedScript a, CompiledScript next, ReloadStrategy strategy) {
        if (!a.started) {
            return; // it will start on the new version at its first enabled frame
        }
        if (a.failed() || a.instance == null) {
            restart(a, next);
            return;
        }
        if (!host.missingComponents(a.entity, next.metadata()).isEmpty()) {
            List<String> missing = host.missingComponents(a.entity, next.metadata());
            host.fail(
                    a,
                    new ScriptError(
                            a.id,
                            a.entity,
                            "reload",
                            new MissingComponentsException(a.id, a.entity, missing).getMessage(),
                            null,
                            "",
                            null));
            return;
        }
        if (strategy == ReloadStrategy.PRESERVE_STATE) {
            if (a.instance.preserveInto(next)) return;
            strategy = a.instance.defines(ScriptInstance.ON_SAVE) ? ReloadStrategy.SAVE_RESTORE : ReloadStrategy.RESET;
        }
        if (strategy == ReloadStrategy.SAVE_RESTORE && a.instance.defines(ScriptInstance.ON_SAVE)) {
            ScriptValue saved = host.invoke(a, ScriptInstance.ON_SAVE);
            if (saved == null) return; // on_save failed: the instance is in Error, the next good reload restarts it
            ScriptInstance fresh = next.instantiate(a.context);
            a.instance.close();
            a.instance = fresh;
            if (fresh.defines(ScriptInstance.ON_RESTORE)) host.run(a, ScriptInstance.ON_RESTORE, saved);
            else host.run(a, ScriptInstance.ON_START);
            return;
        }
        host.run(a, ScriptInstance.ON_DESTROY);
        restart(a, next);
    }

    /** RESET: a fresh instance of the new version, {@code on_start} again. */
    private void restart(AttachedScript a, CompiledScript next) {
        if (a.instance != null) a.instance.close();
        a.instance = next.instantiate(a.context);
        a.state = a.component.enabled() ? ScriptState.RUNNING : ScriptState.PAUSED;
        host.run(a, ScriptInstance.ON_START);
    }
}
