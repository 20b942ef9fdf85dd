package dev.luminara.script;

import dev.luminara.core.World;

/**
 * Decides whether a frame must rescan the world for scripts to attach or detach. The scan reads every entity's
 * Script component (a record per entity per frame, more than the scripts' own API calls cost for cheap scripts); it
 * can only find something when a Script component was added or changed since the last scan, or when fewer remain
 * than are attached (a despawn or a removal). Otherwise the attached set is exactly the set of entities with the
 * component, and the frame skips the scan.
 */
final class AttachScan {
    private long lastScan = -1;

    /** Whether the world may differ from the {@code attached} scripts since the last {@link #scanned}. */
    boolean needed(World world, int attached) {
        if (lastScan < 0 || !world.changesCompleteSince(lastScan)) return true;
        if (world.query(ScriptComponent.class).count() != attached) return true;
        return world.query(ScriptComponent.class)
                        .changedSince(ScriptComponent.class, lastScan)
                        .count()
                != 0;
    }

    /** Call right before scanning: later changes are stamped after the tick taken here. */
    void scanning(World world) {
        lastScan = world.checkpoint();
    }
}
