package dev.luminara.render;

/** Two images compared pixel by pixel must have the same size; capture both with the same {@link CaptureConfig}. */
public final class ImageSizeMismatchException extends RenderException {
    private static final long serialVersionUID = 1L;

    public ImageSizeMismatchException(int beforeWidth, int beforeHeight, int afterWidth, int afterHeight) {
        super("cannot compare a " + beforeWidth + "x" + beforeHeight + " image with a " + afterWidth + "x" + afterHeight
                + " one: capture both with the same width and height");
    }
}
