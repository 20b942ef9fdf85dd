package dev.luminara.ai.context;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranked entities, then the world's other entities in id order, materialised only as far as it is read: a digest
 * of a large world reads a few hundred of them.
 */
final class RankedThenRest extends AbstractList<Entity> {
    private final List<Entity> items;
    private final Set<Entity> ranked;
    private final World world;
    private final int size;
    private List<Entity> rest;
    private int restAt;

    RankedThenRest(List<Entity> ranked, World world) {
        this.items = new ArrayList<>(ranked);
        this.ranked = new HashSet<>(ranked);
        this.world = world;
        int alive = 0;
        for (Entity e : ranked) if (world.isAlive(e)) alive++;
        this.size = ranked.size() + (world.entityCount() - alive);
    }

    @Override
    public Entity get(int i) {
        while (items.size() <= i) {
            if (rest == null) rest = world.entities();
            Entity e = rest.get(restAt++);
            if (!ranked.contains(e)) items.add(e);
        }
        return items.get(i);
    }

    @Override
    public int size() {
        return size;
    }
}
