package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.Bounds;
import org.joml.Matrix3f;
import org.joml.Matrix4f;

/**
 * One mesh to draw: the entity, its primitive and colour, and the matrix from mesh units to world space.
 *
 * @param halfLength a capsule's straight half-length in mesh units (0 otherwise)
 * @param corners the eight world-space corners of the mesh's local bounds (xyz each)
 * @param radius a world-space radius of the shape, for choosing a tessellation
 */
public record RenderItem(
        int index,
        Entity entity,
        String name,
        MeshKind kind,
        Color color,
        Matrix4f model,
        Matrix3f normalMatrix,
        boolean mirrored,
        float halfLength,
        Vec3 position,
        Bounds bounds,
        float[] corners,
        float radius) {

    public String label() {
        return name != null ? name : entity.toString();
    }

    /** The mesh at this level of detail. */
    public TriangleMesh mesh(int detail) {
        switch (kind) {
            case BOX:
                return Meshes.BOX;
            case PLANE:
                return Meshes.PLANE;
            case SPHERE:
                return Meshes.sphere(detail);
            case CAPSULE:
                return Meshes.capsule(halfLength, detail);
            default:
                throw new IllegalStateException("unhandled mesh kind " + kind);
        }
    }
}
