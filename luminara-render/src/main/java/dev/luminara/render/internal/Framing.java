package dev.luminara.render.internal;

import dev.luminara.core.component.Projection;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.Bounds;
import dev.luminara.render.ViewAngle;

/** The camera for each view angle: the scene's own for {@link ViewAngle#CAMERA}, otherwise framed on the bounds. */
public final class Framing {
    /** Fraction of the image left free around framed bounds. */
    static final float MARGIN = 1.08f;

    private static final float ISO_PITCH = (float) Math.atan(1 / Math.sqrt(2));

    private Framing() {}

    public static RenderCamera camera(SceneData scene, ViewAngle angle, float aspect) {
        return switch (angle) {
            case CAMERA -> scene.camera() != null ? scene.camera() : autoPerspective(scene.bounds(), aspect);
            case TOP -> orthographic(scene.bounds(), new Vec3(0, -1, 0), new Vec3(0, 0, -1), aspect, "top");
            case FRONT -> orthographic(scene.bounds(), new Vec3(0, 0, -1), Vec3.UP, aspect, "front");
            case ISOMETRIC -> orthographic(scene.bounds(), isoForward(), Vec3.UP, aspect, "iso");
        };
    }

    /** Looking from the south-east (+X, +Z) and above, down at 35.26 degrees. */
    static Vec3 isoForward() {
        float c = (float) Math.cos(ISO_PITCH);
        float s = (float) Math.sin(ISO_PITCH);
        float h = (float) (1 / Math.sqrt(2));
        return new Vec3(-c * h, -s, -c * h);
    }

    /** Orthographic view along {@code forward} fitting the bounds' eight corners. */
    static RenderCamera orthographic(Bounds b, Vec3 forward, Vec3 upHint, float aspect, String name) {
        Vec3 f = forward.normalized();
        Vec3 r = f.cross(upHint).normalized();
        Vec3 u = r.cross(f).normalized();
        float minR = Float.MAX_VALUE, maxR = -Float.MAX_VALUE, minU = Float.MAX_VALUE, maxU = -Float.MAX_VALUE;
        float minF = Float.MAX_VALUE, maxF = -Float.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            Vec3 p = new Vec3(
                    (i & 1) == 0 ? b.min().x() : b.max().x(),
                    (i & 2) == 0 ? b.min().y() : b.max().y(),
                    (i & 4) == 0 ? b.min().z() : b.max().z());
            float pr = p.dot(r), pu = p.dot(u), pf = p.dot(f);
            minR = Math.min(minR, pr);
            maxR = Math.max(maxR, pr);
            minU = Math.min(minU, pu);
            maxU = Math.max(maxU, pu);
            minF = Math.min(minF, pf);
            maxF = Math.max(maxF, pf);
        }
        float halfH = Math.max((maxU - minU) * 0.5f, (maxR - minR) * 0.5f / aspect);
        float orthoSize = Math.max(0.5f, halfH * MARGIN);
        float depthRange = Math.max(1, maxF - minF);
        float back = depthRange * 0.5f + 1;
        Vec3 center = r.mul((minR + maxR) * 0.5f).add(u.mul((minU + maxU) * 0.5f));
        Vec3 eye = center.add(f.mul(minF - back));
        return new RenderCamera(
                null, name, Projection.ORTHOGRAPHIC, eye, f, u, 0, orthoSize, 0.01f, back + depthRange + back);
    }

    /** A 60 degree perspective view from the south, 30 degrees up, that fits the bounding sphere. */
    static RenderCamera autoPerspective(Bounds b, float aspect) {
        float fov = 60;
        float pitch = (float) Math.toRadians(30);
        Vec3 f = new Vec3(0, -(float) Math.sin(pitch), -(float) Math.cos(pitch));
        float radius = Math.max(0.5f, b.radius());
        double halfV = Math.toRadians(fov) * 0.5;
        double halfH = Math.atan(Math.tan(halfV) * aspect);
        float distance = (float) (radius / Math.sin(Math.min(halfV, halfH))) * 1.02f;
        Vec3 eye = b.center().sub(f.mul(distance));
        Vec3 r = f.cross(Vec3.UP).normalized();
        Vec3 u = r.cross(f).normalized();
        float near = Math.max(0.05f, (distance - radius) * 0.5f);
        return new RenderCamera(null, "auto", Projection.PERSPECTIVE, eye, f, u, fov, 10, near, distance + radius * 3);
    }
}
