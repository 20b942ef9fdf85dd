package dev.luminara.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Golden-image checks. A capture matches its committed PNG when at most {@link #MAX_DIFFERING} of the pixels differ
 * by more than {@link #TOLERANCE} in some channel (room for floating-point differences between JVMs, none for a real
 * change). Regenerate deliberately with {@code -Dluminara.render.updateGoldens=true}, then look at the new images
 * before committing them.
 */
final class Goldens {
    static final int TOLERANCE = 6;
    static final double MAX_DIFFERING = 0.002;
    static final String UPDATE = "luminara.render.updateGoldens";

    private Goldens() {}

    static void assertMatches(Image actual, String name) throws Exception {
        assertMatches(actual, name, true);
    }

    /** {@code keepActual}: on failure, write the actual image to target/golden-actual for review. */
    static void assertMatches(Image actual, String name, boolean keepActual) throws Exception {
        Path source = Path.of("src", "test", "resources", "golden", name);
        if (Boolean.getBoolean(UPDATE)) {
            actual.write(source, ImageFormat.PNG);
            return;
        }
        Image expected;
        try (InputStream in = Goldens.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                fail("no golden image " + source + "; create it with -D" + UPDATE + "=true and review it");
                return;
            }
            expected = Image.decode(in.readAllBytes());
        }
        assertThat(actual.width()).as("width of " + name).isEqualTo(expected.width());
        assertThat(actual.height()).as("height of " + name).isEqualTo(expected.height());
        long differing = 0;
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                if (channelDifference(actual.rgb(x, y), expected.rgb(x, y)) > TOLERANCE) differing++;
            }
        }
        double fraction = differing / (double) (actual.width() * actual.height());
        if (fraction > MAX_DIFFERING) {
            Path out = Path.of("target", "golden-actual", name);
            if (keepActual) actual.write(out, ImageFormat.PNG);
            fail(String.format(
                    "%s: %.3f%% of pixels differ by more than %d (allowed %.3f%%); actual image written to %s",
                    name, fraction * 100, TOLERANCE, MAX_DIFFERING * 100, out.toAbsolutePath()));
        }
    }

    static int channelDifference(int a, int b) {
        return Math.max(
                Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)),
                Math.max(Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }
}
