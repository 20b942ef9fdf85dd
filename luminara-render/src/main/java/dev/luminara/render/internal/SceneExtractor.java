package dev.luminara.render.internal;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.render.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.joml.Matrix3f;
import org.joml.Matrix4f;
import org.joml.Vector3f;

/** Reads the drawable part of a world: meshes, lights and the active camera, each in entity order. */
public final class SceneExtractor {
    private SceneExtractor() {}

    public static SceneData extract(World world) {
        WorldTransforms transforms = new WorldTransforms(world);
        List<String> notes = new ArrayList<>();

        TreeMap<Entity, MeshShape> meshes = new TreeMap<>();
        world.query(MeshShape.class).forEach(MeshShape.class, meshes::put);
        List<RenderItem> items = new ArrayList<>();
        Bounds bounds = null;
        Bounds planes = null;
        int skipped = 0;
        for (var entry : meshes.entrySet()) {
            MeshShape shape = entry.getValue();
            Transform t = transforms.of(entry.getKey());
            if (!drawable(shape, t)) {
                skipped++;
                continue;
            }
            RenderItem item = item(items.size(), entry.getKey(), name(world, entry.getKey()), shape, t);
            items.add(item);
            // planes are often huge ground sheets: framing on them would shrink everything else to a dot
            if (shape.kind() == MeshKind.PLANE) planes = planes == null ? item.bounds() : planes.union(item.bounds());
            else bounds = bounds == null ? item.bounds() : bounds.union(item.bounds());
        }
        if (skipped > 0) {
            notes.add(skipped + " mesh" + (skipped == 1 ? " is" : "es are")
                    + " not drawn (zero size, zero alpha or non-finite transform)");
        }

        TreeMap<Entity, Light> lightComponents = new TreeMap<>();
        world.query(Light.class).forEach(Light.class, lightComponents::put);
        List<RenderLight> lights = new ArrayList<>();
        for (var entry : lightComponents.entrySet()) {
            Transform t = transforms.of(entry.getKey());
            Light l = entry.getValue();
            Quat r = rotation(t);
            lights.add(new RenderLight(
                    entry.getKey(),
                    name(world, entry.getKey()),
                    l.kind(),
                    l.color(),
                    l.intensity(),
                    l.range(),
                    t.position(),
                    r.rotate(Vec3.FORWARD).normalized()));
        }

        TreeMap<Entity, Camera> cameras = new TreeMap<>();
        world.query(Camera.class).forEach(Camera.class, (e, c) -> {
            if (c.active()) cameras.put(e, c);
        });
        RenderCamera camera = null;
        if (!cameras.isEmpty()) {
            Entity e = cameras.firstKey();
            Camera c = cameras.get(e);
            Transform t = transforms.of(e);
            Quat r = rotation(t);
            camera = new RenderCamera(
                    e,
                    name(world, e),
                    c.projection(),
                    t.position(),
                    r.rotate(Vec3.FORWARD).normalized(),
                    r.rotate(Vec3.UP).normalized(),
                    c.fovDegrees(),
                    c.orthoSize(),
                    c.near(),
                    Math.max(c.far(), c.near() * 2));
            if (cameras.size() > 1) {
                notes.add(cameras.size() + " active cameras; the view is from the first, " + label(world, e));
            }
        }
        if (bounds == null) bounds = planes;
        if (bounds == null) {
            bounds = new Bounds(new Vec3(-5, 0, -5), new Vec3(5, 2, 5));
            notes.add("nothing to draw: the scene has no visible MeshShape");
        }
        return new SceneData(items, lights, camera, bounds, notes);
    }

    private static boolean drawable(MeshShape shape, Transform t) {
        Vec3 s = shape.size();
        if (shape.color().a() <= 0 || !s.isFinite()) return false;
        boolean sized =
                switch (shape.kind()) {
                    case SPHERE -> s.x() > 0;
                    case PLANE -> s.x() > 0 && s.z() > 0;
                    case BOX, CAPSULE -> s.x() > 0 && s.y() > 0 && s.z() > 0;
                };
        Vec3 sc = t.scale();
        return sized
                && t.position().isFinite()
                && t.rotation().isFinite()
                && sc.isFinite()
                && sc.x() != 0
                && sc.y() != 0
                && sc.z() != 0;
    }

    private static RenderItem item(int index, Entity e, String name, MeshShape shape, Transform t) {
        Vec3 s = shape.size();
        float halfLength = 0;
        Vector3f meshScale;
        float localHalfY = 0.5f;
        switch (shape.kind()) {
            case BOX:
                meshScale = new Vector3f(s.x(), s.y(), s.z());
                break;
            case SPHERE:
                meshScale = new Vector3f(s.x(), s.x(), s.x());
                break;
            case CAPSULE:
                halfLength = Meshes.capsuleHalfLength(s.x(), s.y());
                meshScale = new Vector3f(s.x(), s.x(), s.z());
                localHalfY = 0.5f + halfLength;
                break;
            case PLANE:
                meshScale = new Vector3f(s.x(), 1, s.z());
                localHalfY = 0;
                break;
            default:
                throw new IllegalStateException("unhandled mesh kind " + shape.kind());
        }
        Quat r = rotation(t);
        Matrix4f model = new Matrix4f()
                .translationRotateScale(
                        t.position().toJoml(), r.toJoml(), t.scale().toJoml())
                .scale(meshScale);
        Matrix3f normal = model.normal(new Matrix3f());
        boolean mirrored = model.determinant3x3() < 0;
        float[] corners = new float[24];
        Vector3f min = new Vector3f(Float.MAX_VALUE), max = new Vector3f(-Float.MAX_VALUE), p = new Vector3f();
        for (int i = 0; i < 8; i++) {
            p.set((i & 1) == 0 ? -0.5f : 0.5f, (i & 2) == 0 ? -localHalfY : localHalfY, (i & 4) == 0 ? -0.5f : 0.5f);
            model.transformPosition(p);
            corners[i * 3] = p.x;
            corners[i * 3 + 1] = p.y;
            corners[i * 3 + 2] = p.z;
            min.min(p);
            max.max(p);
        }
        Vector3f scaleOut = model.getScale(new Vector3f());
        float radius = 0.5f * Math.max(scaleOut.x, Math.max(scaleOut.y, scaleOut.z));
        return new RenderItem(
                index,
                e,
                name,
                shape.kind(),
                shape.color(),
                model,
                normal,
                mirrored,
                halfLength,
                t.position(),
                new Bounds(Vec3.from(min), Vec3.from(max)),
                corners,
                radius);
    }

    /** A unit rotation; a zero quaternion (bad data) counts as none. */
    private static Quat rotation(Transform t) {
        Quat q = t.rotation();
        float len2 = q.x() * q.x() + q.y() * q.y() + q.z() * q.z() + q.w() * q.w();
        return len2 < 1e-12f ? Quat.IDENTITY : q.normalized();
    }

    static String name(World world, Entity e) {
        return world.find(e, Name.class).map(Name::value).orElse(null);
    }

    private static String label(World world, Entity e) {
        String n = name(world, e);
        return n == null ? e.toString() : n + " (" + e + ")";
    }
}
