package dev.luminara.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalLogTest {
    private static List<String> entries(RemovalLog log) {
        List<String> out = new ArrayList<>();
        log.forEachSince(0, (index, gen, type, tick) -> out.add(index + "v" + gen + ":" + type + "@" + tick));
        return out;
    }

    @Test
    void copiesShareNothingObservable() {
        RemovalLog original = new RemovalLog(4);
        original.add(1, 0, 3, 10);
        RemovalLog copy = original.copy();
        original.add(2, 0, RemovalLog.DESPAWN, 11);
        assertThat(entries(copy)).containsExactly("1v0:3@10");
        RemovalLog second = copy.copy();
        copy.add(5, 1, 2, 12);
        assertThat(entries(original)).containsExactly("1v0:3@10", "2v0:-1@11");
        assertThat(entries(copy)).containsExactly("1v0:3@10", "5v1:2@12");
        assertThat(entries(second)).containsExactly("1v0:3@10");
    }

    @Test
    void overflowDropsTheOldestAndRaisesTheCompleteTick() {
        RemovalLog log = new RemovalLog(2);
        log.add(1, 0, 1, 10);
        RemovalLog before = log.copy();
        log.add(2, 0, 1, 11);
        log.add(3, 0, 1, 12);
        assertThat(entries(log)).containsExactly("2v0:1@11", "3v0:1@12");
        assertThat(log.oldestCompleteTick()).isEqualTo(10);
        assertThat(before.oldestCompleteTick()).isZero();
        assertThat(entries(before)).containsExactly("1v0:1@10");
    }
}
