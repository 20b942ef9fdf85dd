package dev.luminara.core;

import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Entities by name or tag, in entity order. The scans go table by table and make an {@link Entity} only for a match:
 * the script API, the verifier and the intent resolver run them over whole worlds (10,000 rows in the verifier's
 * benchmark, twice or more per verification).
 */
public final class Labels {
    private Labels() {}

    /** Every entity whose {@link Name} is {@code name}, in entity order; empty when none is. */
    public static List<Entity> named(World world, String name) {
        List<Entity> found = new ArrayList<>(1);
        int hash = name.hashCode(); // a String caches its hash: most rows are told apart without reading their text
        world.query(Name.class).forEachChunk(chunk -> {
            for (int row = 0, n = chunk.size(); row < n; row++) {
                String value = chunk.get(row, Name.class).value();
                if (value.hashCode() == hash && value.equals(name)) found.add(chunk.entity(row));
            }
        });
        found.sort(null);
        return found;
    }

    /** Every entity whose {@link Tags} has {@code tag}, in entity order; empty when none has. */
    public static List<Entity> tagged(World world, String tag) {
        List<Entity> found = new ArrayList<>();
        world.query(Tags.class).forEachChunk(chunk -> {
            Tags last = null; // rows spawned with the same Tags share it: test each distinct value once in a run
            boolean lastHas = false;
            for (int row = 0, n = chunk.size(); row < n; row++) {
                Tags t = chunk.get(row, Tags.class);
                if (t != last) {
                    last = t;
                    lastHas = t.has(tag);
                }
                if (lastHas) found.add(chunk.entity(row));
            }
        });
        found.sort(null);
        return found;
    }
}
