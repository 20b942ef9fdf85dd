package dev.luminara.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class MeshesTest {
    /** Every triangle of a closed convex mesh centred on the origin faces away from the centre. */
    static void assertOutward(TriangleMesh m) {
        float[] p = m.positions();
        int[] idx = m.indices();
        for (int t = 0; t < idx.length; t += 3) {
            int a = idx[t] * 3, b = idx[t + 1] * 3, c = idx[t + 2] * 3;
            float ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
            float vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
            float nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            float cx = (p[a] + p[b] + p[c]) / 3,
                    cy = (p[a + 1] + p[b + 1] + p[c + 1]) / 3,
                    cz = (p[a + 2] + p[b + 2] + p[c + 2]) / 3;
            assertThat(nx * cx + ny * cy + nz * cz)
                    .as("triangle %d faces outward", t / 3)
                    .isPositive();
        }
    }

    @Test
    void boxSphereAndCapsuleAreClosedAndWoundOutward() {
        assertOutward(Meshes.BOX);
        for (int detail = 0; detail < Meshes.SEGMENTS.length; detail++) {
            assertOutward(Meshes.sphere(detail));
            assertOutward(Meshes.capsule(0.625f, detail));
        }
        assertThat(Meshes.BOX.triangleCount()).isEqualTo(12);
    }

    @Test
    void sphereVerticesLieOnTheRadiusAndCapsuleHeightFollowsItsSize() {
        TriangleMesh s = Meshes.sphere(2);
        for (int v = 0; v < s.vertexCount(); v++) {
            float x = s.positions()[v * 3], y = s.positions()[v * 3 + 1], z = s.positions()[v * 3 + 2];
            assertThat((float) Math.sqrt(x * x + y * y + z * z)).isCloseTo(0.5f, offset(1e-5f));
        }
        // 0.8 m wide, 1.8 m tall: total height 2.25 diameters, straight part 1.25
        float half = Meshes.capsuleHalfLength(0.8f, 1.8f);
        assertThat(half).isCloseTo(0.625f, offset(1e-6f));
        TriangleMesh c = Meshes.capsule(half, 1);
        float maxY = -1;
        for (int v = 0; v < c.vertexCount(); v++) maxY = Math.max(maxY, c.positions()[v * 3 + 1]);
        assertThat(maxY).isCloseTo(0.5f + 0.625f, offset(1e-5f));
    }

    @Test
    void smallShapesGetFewerTriangles() {
        assertThat(Meshes.detailFor(3)).isLessThan(Meshes.detailFor(100));
        assertThat(Meshes.sphere(Meshes.detailFor(3)).triangleCount())
                .isLessThan(Meshes.sphere(Meshes.detailFor(300)).triangleCount());
        assertThat(Meshes.sphere(1)).isSameAs(Meshes.sphere(1));
    }
}
