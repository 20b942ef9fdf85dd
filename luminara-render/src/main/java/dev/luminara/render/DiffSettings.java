package dev.luminara.render;

/**
 * How a before/after comparison decides what changed.
 *
 * @param threshold a pixel counts as changed when a colour channel differs by more than this (0..255)
 * @param mergeDistance changed areas closer than this many pixels are one region
 * @param minPixels regions with fewer changed pixels are dropped as noise
 */
public record DiffSettings(int threshold, int mergeDistance, int minPixels) {
    public static final DiffSettings DEFAULT = new DiffSettings(12, 6, 3);

    public DiffSettings {
        if (threshold < 0 || threshold > 254) throw new RenderException("threshold must be 0..254, got " + threshold);
        if (mergeDistance < 0 || mergeDistance > 256) {
            throw new RenderException("mergeDistance must be 0..256, got " + mergeDistance);
        }
        if (minPixels < 1) throw new RenderException("minPixels must be >= 1, got " + minPixels);
    }
}
