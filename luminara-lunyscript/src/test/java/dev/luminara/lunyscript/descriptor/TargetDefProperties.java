package dev.luminara.lunyscript.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.lunyscript.SemanticVersion;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The seed's version rule: the highest version key not above the running version wins, else the default. */
class TargetDefProperties {
    @Property
    void highestKeyAtMostTheRunningVersionWins(
            @ForAll @Size(max = 6) List<@IntRange(max = 12) Integer> minors, @ForAll @IntRange(max = 12) int running) {
        TreeMap<SemanticVersion, String> keys = new TreeMap<>();
        for (int m : minors) keys.put(new SemanticVersion(3, m, 0), "T" + m);
        TargetDef def = new TargetDef("Default", keys, new Origin("b.lua", "x"));
        TargetChoice c = def.select(new SemanticVersion(3, running, 0));
        int best = minors.stream()
                .filter(m -> m <= running)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(-1);
        assertThat(c.target()).isEqualTo(best < 0 ? "Default" : "T" + best);
    }

    @Property
    void versionsParseAndOrder(@ForAll @IntRange(max = 7000) int a, @ForAll @IntRange(max = 99) int b) {
        SemanticVersion v = SemanticVersion.parse(a + "." + b);
        assertThat(v).isEqualTo(new SemanticVersion(a, b, 0));
        assertThat(SemanticVersion.parse(v + "-stable")).isEqualTo(v);
        assertThat(v.compareTo(new SemanticVersion(a, b, 1))).isNegative();
    }
}
