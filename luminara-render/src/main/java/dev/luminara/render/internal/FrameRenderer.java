package dev.luminara.render.internal;

/**
 * Renders one view of extracted scene data: rasterise every item into a G-buffer at the supersampled size, shade it,
 * outline silhouettes, then resolve to the output size.
 */
public final class FrameRenderer {
    private FrameRenderer() {}

    public static Frame render(
            SceneData scene,
            RenderCamera camera,
            Lighting lighting,
            int width,
            int height,
            int supersample,
            boolean grid) {
        int s = supersample;
        int iw = width * s, ih = height * s;
        Projector proj = new Projector(camera, iw, ih);
        GBuffer g = new GBuffer(iw, ih, false);
        Rasterizer raster = new Rasterizer(proj, g, scene.items().size());
        for (RenderItem item : scene.items()) {
            if (!raster.mayBeVisible(item)) continue;
            float d = proj.depth(
                    item.position().x(), item.position().y(), item.position().z());
            float radiusPx = item.radius() * proj.pixelsPerMetre(d);
            raster.draw(
                    item, item.mesh(Meshes.detailFor(radiusPx)), item.color().a());
        }
        int[] big = new ShadePass(g, proj, scene, lighting, new GroundGrid(scene.bounds(), grid)).run();
        PostPass.outline(g, big, Math.max(1, s * height / 720));
        int[] rgb = PostPass.resolve(big, width, height, s);
        int[] ids = PostPass.resolveIds(g.id, width, height, s);
        int[] boxes = raster.boxes().clone();
        for (int k = 0; k < boxes.length; k += 4) {
            if (boxes[k + 2] < 0) continue;
            boxes[k] /= s;
            boxes[k + 1] /= s;
            boxes[k + 2] /= s;
            boxes[k + 3] /= s;
        }
        return new Frame(width, height, rgb, ids, boxes, new Projector(camera, width, height), camera);
    }
}
