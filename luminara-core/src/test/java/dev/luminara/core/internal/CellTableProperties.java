package dev.luminara.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cell table behaves like a map under any mix of puts and removes (backward-shift deletion keeps probes whole). */
class CellTableProperties {

    record Op(boolean remove, int x, int y, int z, int value) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        // few distinct cells, so that removes hit present keys and probe runs collide
        Arbitrary<Integer> c = Arbitraries.integers().between(-6, 6);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2).map(i -> i == 0), c, c, c, Arbitraries.integers())
                .as(Op::new)
                .list()
                .ofMaxSize(400);
    }

    @Property(tries = 200)
    void behavesLikeAMap(@ForAll("ops") List<Op> ops) {
        CellTable table = new CellTable(4);
        Map<Long, Integer> model = new HashMap<>();
        for (Op op : ops) {
            long key = CellTable.key(op.x(), op.y(), op.z());
            if (op.remove()) {
                table.remove(key);
                model.remove(key);
            } else {
                table.put(key, op.value());
                model.put(key, op.value());
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        for (int x = -6; x <= 6; x++) {
            for (int y = -6; y <= 6; y++) {
                for (int z = -6; z <= 6; z++) {
                    long key = CellTable.key(x, y, z);
                    assertThat(table.get(key)).isEqualTo(model.getOrDefault(key, CellTable.ABSENT));
                }
            }
        }
        CellTable copy = table.copy();
        table.clear();
        assertThat(copy.size()).isEqualTo(model.size());
    }

    @Property
    void coordinatesAreMonotonicAndClamped(@ForAll float a, @ForAll float b) {
        if (Float.isNaN(a) || Float.isNaN(b)) return;
        double inverse = 1 / 0.37;
        float lo = Math.min(a, b), hi = Math.max(a, b);
        assertThat(CellTable.coordinate(lo, inverse)).isLessThanOrEqualTo(CellTable.coordinate(hi, inverse));
        assertThat(Math.abs(CellTable.coordinate(a, inverse))).isLessThanOrEqualTo(CellTable.COORDINATE_LIMIT);
    }
}
