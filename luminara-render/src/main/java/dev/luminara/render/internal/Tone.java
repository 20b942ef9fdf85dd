package dev.luminara.render.internal;

/** Linear light to 8-bit sRGB: a soft shoulder above 0.8 (bright lights saturate gently) and the sRGB curve. */
final class Tone {
    private static final int SIZE = 4096;
    private static final int[] LUT = new int[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            double c = i / (double) SIZE;
            double s = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
            LUT[i] = (int) Math.round(Math.max(0, Math.min(1, s)) * 255);
        }
    }

    private Tone() {}

    static float shoulder(float c) {
        if (c <= 0.8f) return Math.max(0, c);
        return 0.8f + 0.2f * (1 - (float) Math.exp(-(c - 0.8f) / 0.2f));
    }

    /** One channel of linear light to 0..255. */
    static int encode(float c) {
        float s = shoulder(c);
        int i = (int) (s * SIZE + 0.5f);
        return LUT[Math.min(SIZE, Math.max(0, i))];
    }

    static int rgb(float r, float g, float b) {
        return (encode(r) << 16) | (encode(g) << 8) | encode(b);
    }

    /** A display (sRGB) channel in 0..1 to linear light. */
    static float toLinear(float srgb) {
        double c = Math.max(0, Math.min(1, srgb));
        return (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
}
