package dev.luminara.render;

import java.util.List;

/**
 * How to capture: output size and format, overlays, the angles {@link Viewport#captureAll} renders, supersampling
 * (1 = none, 2 = 4 samples per pixel), and whether shadows and the ground grid are drawn.
 */
public record CaptureConfig(
        int width,
        int height,
        ImageFormat format,
        AnnotationConfig annotations,
        List<ViewAngle> angles,
        int supersample,
        boolean shadows,
        boolean grid) {

    public static final int MAX_SIZE = 8192;

    public CaptureConfig {
        if (width < 16 || height < 16 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new RenderException(
                    "image size must be within 16.." + MAX_SIZE + " on each side, got " + width + "x" + height);
        }
        if (supersample < 1 || supersample > 4) {
            throw new RenderException("supersample must be 1, 2, 3 or 4, got " + supersample);
        }
        if ((long) width * height * supersample * supersample > 64L * 1024 * 1024) {
            throw new RenderException("image too large: " + width + "x" + height + " at supersample " + supersample
                    + " needs more than 64 Mi samples");
        }
        if (format == null) throw new RenderException("format is required");
        if (annotations == null) throw new RenderException("annotations are required (use AnnotationConfig.NONE)");
        if (angles == null || angles.isEmpty()) throw new RenderException("at least one view angle is required");
        angles = List.copyOf(angles);
    }

    /** 1280x720 PNG of the camera view, no overlays, no supersampling, shadows and grid on. */
    public static CaptureConfig defaults() {
        return new CaptureConfig(
                1280, 720, ImageFormat.PNG, AnnotationConfig.NONE, List.of(ViewAngle.CAMERA), 1, true, true);
    }

    public CaptureConfig withSize(int w, int h) {
        return new CaptureConfig(w, h, format, annotations, angles, supersample, shadows, grid);
    }

    public CaptureConfig withFormat(ImageFormat f) {
        return new CaptureConfig(width, height, f, annotations, angles, supersample, shadows, grid);
    }

    public CaptureConfig withAnnotations(AnnotationConfig a) {
        return new CaptureConfig(width, height, format, a, angles, supersample, shadows, grid);
    }

    public CaptureConfig withAngles(List<ViewAngle> a) {
        return new CaptureConfig(width, height, format, annotations, a, supersample, shadows, grid);
    }

    public CaptureConfig withAngles(ViewAngle... a) {
        return withAngles(List.of(a));
    }

    public CaptureConfig withSupersample(int s) {
        return new CaptureConfig(width, height, format, annotations, angles, s, shadows, grid);
    }

    public CaptureConfig withShadows(boolean on) {
        return new CaptureConfig(width, height, format, annotations, angles, supersample, on, grid);
    }

    public CaptureConfig withGrid(boolean on) {
        return new CaptureConfig(width, height, format, annotations, angles, supersample, shadows, on);
    }
}
