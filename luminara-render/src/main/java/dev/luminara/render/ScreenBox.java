package dev.luminara.render;

/** An axis-aligned pixel rectangle, x right and y down from the top-left corner; width and height are >= 1. */
public record ScreenBox(int x, int y, int width, int height) {
    public ScreenBox {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("box must be at least 1x1, got " + width + "x" + height);
        }
    }

    /** The box spanning pixels minX..maxX and minY..maxY inclusive. */
    public static ScreenBox ofCorners(int minX, int minY, int maxX, int maxY) {
        return new ScreenBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    public int maxX() {
        return x + width - 1;
    }

    public int maxY() {
        return y + height - 1;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }

    public long area() {
        return (long) width * height;
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px <= maxX() && py <= maxY();
    }

    public boolean intersects(ScreenBox o) {
        return x <= o.maxX() && o.x <= maxX() && y <= o.maxY() && o.y <= maxY();
    }

    /** Whether the boxes overlap or are at most {@code gap} pixels apart. */
    public boolean near(ScreenBox o, int gap) {
        return x - gap <= o.maxX() && o.x - gap <= maxX() && y - gap <= o.maxY() && o.y - gap <= maxY();
    }

    public ScreenBox union(ScreenBox o) {
        return ofCorners(Math.min(x, o.x), Math.min(y, o.y), Math.max(maxX(), o.maxX()), Math.max(maxY(), o.maxY()));
    }

    @Override
    public String toString() {
        return "[" + x + "," + y + " " + width + "x" + height + "]";
    }
}
