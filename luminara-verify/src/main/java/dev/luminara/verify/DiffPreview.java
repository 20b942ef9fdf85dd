package dev.luminara.verify;

import java.util.List;

/**
 * The dry run: how the world would differ after applying the script and running it for the sandbox's frames, against
 * the live world now. Lists hold at most {@link #MAX_LISTED} entities each; the counts are exact.
 *
 * @param summary a short text an agent can show its user
 */
public record DiffPreview(
        List<EntityDiff> created,
        List<EntityDiff> modified,
        List<EntityDiff> destroyed,
        int createdCount,
        int modifiedCount,
        int destroyedCount,
        String summary) {
    public static final int MAX_LISTED = 100;

    public DiffPreview {
        created = List.copyOf(created);
        modified = List.copyOf(modified);
        destroyed = List.copyOf(destroyed);
    }
}
