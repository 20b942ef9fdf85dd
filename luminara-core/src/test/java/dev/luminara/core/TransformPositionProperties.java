package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.testing.WorldOps;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;

/**
 * Writing a position through {@link World#writeTransformPosition} must leave the world exactly as {@code world.set}
 * of the record with that position does: the same components, the same change ticks, the same changes reported.
 */
class TransformPositionProperties {

    @Property(tries = 300)
    void aPositionWriteIsASetOfTheRecordWithThatPosition(
            @ForAll("ops") List<WorldOps.Op> ops,
            @ForAll @FloatRange(min = -1e6f, max = 1e6f) float x,
            @ForAll @FloatRange(min = -1e6f, max = 1e6f) float y,
            @ForAll float z) {
        World viaPosition = WorldOps.build(ops);
        World viaRecord = WorldOps.build(ops);
        long since = viaPosition.checkpoint();
        viaRecord.checkpoint();
        float[] read = new float[3];
        for (Entity e : viaRecord.entities()) {
            boolean has = viaRecord.has(e, Transform.class);
            assertThat(viaPosition.readTransformPosition(e, read)).isEqualTo(has);
            if (has) {
                Transform t = viaRecord.get(e, Transform.class);
                assertThat(read)
                        .containsExactly(
                                t.position().x(), t.position().y(), t.position().z());
                viaRecord.set(e, t.withPosition(new Vec3(x + read[0], y, z)));
            }
            assertThat(viaPosition.writeTransformPosition(e, x + read[0], y, z)).isEqualTo(has);
        }
        assertThat(WorldOps.describe(viaPosition)).isEqualTo(WorldOps.describe(viaRecord));
        for (Entity e : viaRecord.entities()) {
            assertThat(viaPosition.changedTick(e, Transform.class))
                    .isEqualTo(viaRecord.changedTick(e, Transform.class));
        }
        assertThat(viaPosition.changesSince(since)).isEqualTo(viaRecord.changesSince(since));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<WorldOps.Op>> ops() {
        return WorldOps.ops(40);
    }
}
