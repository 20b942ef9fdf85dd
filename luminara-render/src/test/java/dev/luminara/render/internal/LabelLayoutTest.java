package dev.luminara.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.render.ScreenBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {
    @Test
    void placedLabelsNeverOverlapAndStayInsideTheImage() {
        LabelLayout layout = new LabelLayout(200, 100);
        List<ScreenBox> placed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ScreenBox at = layout.place(new ScreenBox(20 + (i * 7) % 160, 30 + (i * 13) % 50, 10, 10), 40, 12);
            if (at != null) placed.add(at);
        }
        assertThat(placed.size() + layout.dropped()).isEqualTo(40);
        assertThat(layout.dropped()).isPositive();
        for (int i = 0; i < placed.size(); i++) {
            ScreenBox a = placed.get(i);
            assertThat(a.x()).isNotNegative();
            assertThat(a.maxX()).isLessThan(200);
            assertThat(a.maxY()).isLessThan(100);
            for (int j = i + 1; j < placed.size(); j++)
                assertThat(a.intersects(placed.get(j))).isFalse();
        }
    }

    @Test
    void theFirstChoiceIsJustAboveTheAnchor() {
        LabelLayout layout = new LabelLayout(200, 100);
        assertThat(layout.place(new ScreenBox(50, 50, 20, 20), 30, 10)).isEqualTo(new ScreenBox(50, 39, 30, 10));
        layout.reserve(new ScreenBox(0, 0, 200, 20));
        assertThat(layout.place(new ScreenBox(50, 15, 20, 20), 30, 10).y()).isGreaterThanOrEqualTo(20);
    }
}
