package dev.luminara.render;

import java.util.Locale;

/** How a capture is encoded. PNG is lossless (use it for comparisons); JPEG is smaller for sending to a model. */
public enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg");

    private final String extension;
    private final String mimeType;

    ImageFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** "png", "jpg" or "jpeg", in any case. */
    public static ImageFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("png")) return PNG;
        if (t.equals("jpg") || t.equals("jpeg")) return JPEG;
        throw new RenderException("unknown image format '" + text + "', expected png or jpeg");
    }
}
