package dev.luminara.render;

/**
 * One rendered view: the image, what it shows as data, and the format it is meant to be sent in. Tools return
 * {@link #encoded()} (with {@link #mimeType()}) as image content and {@link #description()} as structured content.
 */
public record Capture(Image image, ViewDescription description, ImageFormat format) {
    public ViewAngle angle() {
        return description.angle();
    }

    /** The image encoded in {@link #format()}. */
    public byte[] encoded() {
        return image.encode(format);
    }

    public String mimeType() {
        return format.mimeType();
    }
}
