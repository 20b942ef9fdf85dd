package dev.luminara.render.internal;

import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Vec3;

/**
 * World to screen for one camera and image size. Depth along the view axis is {@code d = (p - eye) . forward}; the
 * depth buffer stores a key that is affine in screen space and larger when nearer: {@code 1 / d} for perspective,
 * {@code far - d} for orthographic.
 */
public final class Projector {
    final int width;
    final int height;
    final boolean perspective;
    final float ex, ey, ez;
    final float fx, fy, fz;
    final float ux, uy, uz;
    final float rx, ry, rz;
    final float near;
    final float far;
    /** ndc = view / (d * sx) for perspective, view / sx for orthographic. */
    final float scaleX, scaleY;

    public Projector(RenderCamera camera, int width, int height) {
        this.width = width;
        this.height = height;
        this.perspective = camera.projection() == Projection.PERSPECTIVE;
        Vec3 e = camera.position(), f = camera.forward().normalized();
        Vec3 r = f.cross(camera.up()).normalized();
        Vec3 u = r.cross(f).normalized();
        ex = e.x();
        ey = e.y();
        ez = e.z();
        fx = f.x();
        fy = f.y();
        fz = f.z();
        ux = u.x();
        uy = u.y();
        uz = u.z();
        rx = r.x();
        ry = r.y();
        rz = r.z();
        near = camera.near();
        far = camera.far();
        float aspect = width / (float) height;
        if (perspective) {
            float tan = (float) StrictMath.tan(Math.toRadians(camera.fovDegrees()) * 0.5);
            scaleY = tan;
            scaleX = tan * aspect;
        } else {
            scaleY = camera.orthoSize();
            scaleX = camera.orthoSize() * aspect;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean perspective() {
        return perspective;
    }

    public float depth(float x, float y, float z) {
        return (x - ex) * fx + (y - ey) * fy + (z - ez) * fz;
    }

    public float viewX(float x, float y, float z) {
        return (x - ex) * rx + (y - ey) * ry + (z - ez) * rz;
    }

    public float viewY(float x, float y, float z) {
        return (x - ex) * ux + (y - ey) * uy + (z - ez) * uz;
    }

    /** Screen x of a view-space point at depth d (d > 0 for perspective). */
    public float screenX(float vx, float d) {
        float ndc = perspective ? vx / (d * scaleX) : vx / scaleX;
        return (ndc + 1) * 0.5f * width;
    }

    public float screenY(float vy, float d) {
        float ndc = perspective ? vy / (d * scaleY) : vy / scaleY;
        return (1 - ndc) * 0.5f * height;
    }

    public float depthKey(float d) {
        return perspective ? 1f / d : far - d;
    }

    /** View depth back from a depth key. */
    public float depthOfKey(float key) {
        return perspective ? 1f / key : far - key;
    }

    /**
     * The screen position of a world point, or null when it is behind the near plane (or beyond the far plane). The
     * result may lie outside the image.
     */
    public float[] project(Vec3 p) {
        float d = depth(p.x(), p.y(), p.z());
        if (d < near || d > far) return null;
        return new float[] {screenX(viewX(p.x(), p.y(), p.z()), d), screenY(viewY(p.x(), p.y(), p.z()), d), d};
    }

    /**
     * The ray through a screen position (pixel units): origin in {@code out[0..2]}, unit direction in
     * {@code out[3..5]}.
     */
    public void ray(float sx, float sy, float[] out) {
        float ndcX = sx / width * 2 - 1;
        float ndcY = 1 - sy / height * 2;
        if (perspective) {
            float dx = fx + rx * ndcX * scaleX + ux * ndcY * scaleY;
            float dy = fy + ry * ndcX * scaleX + uy * ndcY * scaleY;
            float dz = fz + rz * ndcX * scaleX + uz * ndcY * scaleY;
            float inv = 1f / (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            out[0] = ex;
            out[1] = ey;
            out[2] = ez;
            out[3] = dx * inv;
            out[4] = dy * inv;
            out[5] = dz * inv;
        } else {
            out[0] = ex + rx * ndcX * scaleX + ux * ndcY * scaleY;
            out[1] = ey + ry * ndcX * scaleX + uy * ndcY * scaleY;
            out[2] = ez + rz * ndcX * scaleX + uz * ndcY * scaleY;
            out[3] = fx;
            out[4] = fy;
            out[5] = fz;
        }
    }

    /**
     * Where the ray through a screen position meets the horizontal plane y = planeY, in front of the camera: x and z
     * into out[0..1] and the distance along the view axis into out[2]. False when it does not. Needs no square root:
     * the unnormalised ray direction is linear in screen position.
     */
    public boolean planeHit(float sx, float sy, float planeY, float[] out) {
        float ndcX = sx / width * 2 - 1;
        float ndcY = 1 - sy / height * 2;
        float ox, oy, oz, dx, dy, dz;
        if (perspective) {
            ox = ex;
            oy = ey;
            oz = ez;
            dx = fx + rx * ndcX * scaleX + ux * ndcY * scaleY;
            dy = fy + ry * ndcX * scaleX + uy * ndcY * scaleY;
            dz = fz + rz * ndcX * scaleX + uz * ndcY * scaleY;
        } else {
            ox = ex + rx * ndcX * scaleX + ux * ndcY * scaleY;
            oy = ey + ry * ndcX * scaleX + uy * ndcY * scaleY;
            oz = ez + rz * ndcX * scaleX + uz * ndcY * scaleY;
            dx = fx;
            dy = fy;
            dz = fz;
        }
        if (dy == 0) return false;
        float t = (planeY - oy) / dy;
        if (!(t > 0)) return false;
        out[0] = ox + dx * t;
        out[1] = oz + dz * t;
        // with an unnormalised perspective direction (forward component 1), t is already the view depth
        out[2] = t;
        return true;
    }

    /** Direction from a surface point towards the viewer (unit). */
    public void toViewer(float px, float py, float pz, float[] out) {
        if (!perspective) {
            out[0] = -fx;
            out[1] = -fy;
            out[2] = -fz;
            return;
        }
        float dx = ex - px, dy = ey - py, dz = ez - pz;
        float inv = 1f / (float) Math.sqrt(dx * dx + dy * dy + dz * dz + 1e-12f);
        out[0] = dx * inv;
        out[1] = dy * inv;
        out[2] = dz * inv;
    }

    /** Pixels per metre at view depth d, at the centre of the image. */
    public float pixelsPerMetre(float d) {
        return perspective ? height / (2 * scaleY * Math.max(d, near)) : height / (2 * scaleY);
    }
}
