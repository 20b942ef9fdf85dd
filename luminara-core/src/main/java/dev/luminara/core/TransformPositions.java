package dev.luminara.core;

import dev.luminara.core.component.Transform;
import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.PackedColumn;
import dev.luminara.core.internal.Storage;
import dev.luminara.core.math.Vec3;

/**
 * World's fast path for {@link Transform#position()}: reads and writes the three floats in place when Transform is
 * packed, and falls back to the record otherwise. Callers check that the entity is alive; nothing here allocates on the
 * packed path, since scripts and movement systems call it per entity per frame.
 */
final class TransformPositions {
    private final ComponentRegistry registry;
    private final Storage storage;
    private int transformId = -1;
    private int positionSlot;

    TransformPositions(ComponentRegistry registry, Storage storage) {
        this.registry = registry;
        this.storage = storage;
    }

    /** See {@link World#readTransformPosition}; {@code e} must be alive. */
    boolean read(Entity e, float[] out) {
        Column col = transformColumn(e);
        if (col == null) return false;
        int row = storage.entities().rowOf(e.index());
        if (col instanceof PackedColumn p) {
            float[][] f = p.floats;
            out[0] = f[positionSlot][row];
            out[1] = f[positionSlot + 1][row];
            out[2] = f[positionSlot + 2][row];
        } else {
            Vec3 v = ((Transform) col.get(row)).position();
            out[0] = v.x();
            out[1] = v.y();
            out[2] = v.z();
        }
        return true;
    }

    /** See {@link World#writeTransformPosition}; {@code e} must be alive, and the change is stamped with {@code tick}. */
    boolean write(Entity e, float x, float y, float z, long tick) {
        Column col = transformColumn(e);
        if (col == null) return false;
        int row = storage.entities().rowOf(e.index());
        if (col instanceof PackedColumn p) {
            float[][] f = p.floats;
            f[positionSlot][row] = x;
            f[positionSlot + 1][row] = y;
            f[positionSlot + 2][row] = z;
        } else {
            col.put(row, ((Transform) col.get(row)).withPosition(new Vec3(x, y, z)));
        }
        col.markChanged(row, tick);
        return true;
    }

    private Column transformColumn(Entity e) {
        return storage.archetype(storage.entities().archetypeOf(e.index())).column(transformId());
    }

    /** Transform's component id in this world's registry, looked up once. */
    private int transformId() {
        int id = transformId;
        if (id < 0) {
            ComponentType<Transform> ct = registry.of(Transform.class);
            positionSlot = ct.isPacked() ? ct.layout().leaf("position.x").slot() : -1;
            transformId = id = ct.id();
        }
        return id;
    }
}
