package dev.luminara.render.internal;

/**
 * A rendered view at output resolution: colour (0xRRGGBB), the item drawn at each pixel (-1 for none), the pixel box
 * each item's geometry covers (minX, minY, maxX, maxY per item; maxX = -1 when not drawn), and the projection used.
 */
public record Frame(
        int width, int height, int[] rgb, int[] ids, int[] boxes, Projector projector, RenderCamera camera) {}
