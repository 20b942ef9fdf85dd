package dev.luminara.render.internal;

import dev.luminara.core.math.Vec3;
import dev.luminara.render.AnnotationConfig;
import dev.luminara.render.CameraView;
import dev.luminara.render.ScreenBox;
import dev.luminara.render.ScreenPoint;
import dev.luminara.render.ViewAngle;
import dev.luminara.render.ViewDescription;
import dev.luminara.render.VisibleEntity;
import dev.luminara.render.VisibleLight;
import java.util.ArrayList;
import java.util.List;

/** The structured side of a capture: which items were drawn where, and where the lights are. */
public final class DescriptionBuilder {
    private DescriptionBuilder() {}

    public static ViewDescription describe(
            SceneData scene, Frame frame, ViewAngle angle, AnnotationConfig annotations, List<String> extraNotes) {
        int n = scene.items().size();
        int[] count = new int[n];
        long[] sumX = new long[n], sumY = new long[n];
        int[] vis = new int[n * 4];
        for (int k = 0; k < n; k++) {
            vis[k * 4] = Integer.MAX_VALUE;
            vis[k * 4 + 1] = Integer.MAX_VALUE;
            vis[k * 4 + 2] = -1;
            vis[k * 4 + 3] = -1;
        }
        int w = frame.width();
        for (int i = 0; i < frame.ids().length; i++) {
            int id = frame.ids()[i];
            if (id < 0) continue;
            count[id]++;
            int x = i % w, y = i / w;
            sumX[id] += x;
            sumY[id] += y;
            int o = id * 4;
            vis[o] = Math.min(vis[o], x);
            vis[o + 1] = Math.min(vis[o + 1], y);
            vis[o + 2] = Math.max(vis[o + 2], x);
            vis[o + 3] = Math.max(vis[o + 3], y);
        }
        RenderCamera cam = frame.camera();
        List<VisibleEntity> entities = new ArrayList<>();
        for (RenderItem item : scene.items()) {
            int k = item.index();
            int[] b = frame.boxes();
            if (b[k * 4 + 2] < 0) continue;
            ScreenBox box = ScreenBox.ofCorners(b[k * 4], b[k * 4 + 1], b[k * 4 + 2], b[k * 4 + 3]);
            ScreenBox visible = count[k] == 0
                    ? null
                    : ScreenBox.ofCorners(vis[k * 4], vis[k * 4 + 1], vis[k * 4 + 2], vis[k * 4 + 3]);
            entities.add(new VisibleEntity(
                    item.entity(),
                    item.name(),
                    item.kind(),
                    item.color(),
                    item.position(),
                    item.bounds().size(),
                    box,
                    visible,
                    count[k] == 0 ? null : new ScreenPoint((int) (sumX[k] / count[k]), (int) (sumY[k] / count[k])),
                    count[k],
                    item.position().distance(cam.position()),
                    annotations.isSelected(item.entity())));
        }
        List<VisibleLight> lights = new ArrayList<>();
        for (RenderLight l : scene.lights()) {
            lights.add(new VisibleLight(
                    l.entity(),
                    l.name(),
                    l.kind(),
                    l.color(),
                    l.intensity(),
                    l.range(),
                    l.position(),
                    l.direction(),
                    onScreen(frame, l.position())));
        }
        List<String> notes = new ArrayList<>(scene.notes());
        notes.addAll(extraNotes);
        CameraView view = new CameraView(
                cam.entity(),
                cam.name(),
                cam.projection(),
                cam.position(),
                cam.forward(),
                cam.up(),
                cam.fovDegrees(),
                cam.orthoSize(),
                cam.near(),
                cam.far());
        return new ViewDescription(angle, frame.width(), frame.height(), view, entities, lights, scene.bounds(), notes);
    }

    /** Where a world point lands in the image, or null when it is behind the camera or outside the image. */
    public static ScreenPoint onScreen(Frame frame, Vec3 p) {
        float[] s = frame.projector().project(p);
        if (s == null) return null;
        int x = (int) Math.floor(s[0]), y = (int) Math.floor(s[1]);
        if (x < 0 || y < 0 || x >= frame.width() || y >= frame.height()) return null;
        return new ScreenPoint(x, y);
    }
}
