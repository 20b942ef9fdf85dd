package dev.luminara.render;

/** A pixel position, x right and y down; may lie outside the image for things just off screen. */
public record ScreenPoint(int x, int y) {
    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
