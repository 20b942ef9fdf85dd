package dev.luminara.render.internal;

/**
 * An indexed triangle mesh in its own unit space: positions and normals per vertex (xyz), counter-clockwise triangles
 * seen from outside. {@code twoSided} meshes (planes) are drawn from both sides instead of being culled.
 */
public record TriangleMesh(float[] positions, float[] normals, int[] indices, boolean twoSided) {
    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }
}
