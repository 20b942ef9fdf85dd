package dev.luminara.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class FramePredictionProperties {

    @Property(tries = 500)
    void fixedPrintsWhatStringFormatPrints(
            @ForAll @DoubleRange(min = 0, max = 1e4) double value, @ForAll @IntRange(min = 1, max = 2) int decimals) {
        assertThat(FramePrediction.fixed(value, decimals))
                .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    @Property(tries = 200)
    void fixedRoundsHalfUpAsFormatDoes(@ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        double value = hundredths / 100.0 + 0.005; // exactly half way between two printed values, in decimal
        assertThat(FramePrediction.fixed(value, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }
}
