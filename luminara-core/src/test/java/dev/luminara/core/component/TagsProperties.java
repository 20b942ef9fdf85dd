package dev.luminara.core.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Tags' array-backed set behaves as the sorted set it stands for. */
class TagsProperties {

    @Property(tries = 200)
    void behavesAsATreeSetOfTheSameLabels(
            @ForAll @Size(max = 6) List<@AlphaChars @StringLength(min = 1, max = 4) String> labels,
            @ForAll @AlphaChars @StringLength(min = 1, max = 4) String probe) {
        TreeSet<String> expected = new TreeSet<>(labels);
        Tags tags = new Tags(new TreeSet<>(labels));

        assertThat(tags.values()).containsExactlyElementsOf(expected);
        assertThat(tags.values()).isEqualTo(expected);
        assertThat(expected).isEqualTo(tags.values());
        assertThat(tags.values().hashCode()).isEqualTo(expected.hashCode());
        assertThat(tags.has(probe)).isEqualTo(expected.contains(probe));
        assertThat(tags.with(probe).values()).isEqualTo(with(expected, probe));
        assertThat(tags.without(probe).values()).isEqualTo(without(expected, probe));
        assertThat(tags.values().headSet(probe)).isEqualTo(expected.headSet(probe));
        assertThat(tags.values().tailSet(probe)).isEqualTo(expected.tailSet(probe));
        if (!expected.isEmpty()) {
            assertThat(tags.values().first()).isEqualTo(expected.first());
            assertThat(tags.values().last()).isEqualTo(expected.last());
        }
        assertThat(tags).isEqualTo(Tags.of(labels.toArray(new String[0])));
    }

    @Property(tries = 20)
    void cannotBeChangedThroughItsSet(@ForAll @AlphaChars @StringLength(min = 1, max = 4) String label) {
        Tags tags = Tags.of("enemy", label);
        Set<String> values = tags.values();

        assertThatThrownBy(() -> values.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove("enemy")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(tags.has("enemy")).isTrue();
    }

    private static TreeSet<String> with(TreeSet<String> s, String t) {
        TreeSet<String> c = new TreeSet<>(s);
        c.add(t);
        return c;
    }

    private static TreeSet<String> without(TreeSet<String> s, String t) {
        TreeSet<String> c = new TreeSet<>(s);
        c.remove(t);
        return c;
    }
}
