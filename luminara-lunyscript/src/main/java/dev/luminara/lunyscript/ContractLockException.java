package dev.luminara.lunyscript;

import java.util.List;

/**
 * A semantic contract changed while the descriptor version stayed the same: the lock file refuses it until the
 * version is bumped (and the lock regenerated), so a verb never silently changes meaning under the same version.
 */
public class ContractLockException extends LunyScriptException {
    private final List<String> changes;

    public ContractLockException(String lockFile, String version, List<String> changes) {
        super(lockFile + ": descriptor version " + version + " is locked, but its contracts changed: "
                + String.join("; ", changes) + " (bump 'version' in lunyscript_api.lua and run"
                + " 'luminara api lock --update')");
        this.changes = List.copyOf(changes);
    }

    public List<String> changes() {
        return changes;
    }
}
