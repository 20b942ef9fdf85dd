package dev.luminara.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import dev.luminara.core.testing.Health;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PackedCodecTest {

    @Property(tries = 200)
    void handWrittenCodecsAgreeWithTheReflectiveLayout(
            @ForAll float a, @ForAll float b, @ForAll float c, @ForAll float d, @ForAll float e) {
        Transform t = new Transform(new Vec3(a, b, c), new Quat(d, e, a, b), new Vec3(c, d, e));
        check(Transform.class, BuiltinCodecs.TRANSFORM, t);
        check(GlobalTransform.class, BuiltinCodecs.GLOBAL_TRANSFORM, GlobalTransform.of(t));
        check(Velocity.class, BuiltinCodecs.VELOCITY, new Velocity(new Vec3(a, b, c), new Vec3(d, e, a)));
    }

    @Property(tries = 100)
    void reflectiveCodecRoundTripsUserRecords(@ForAll float current, @ForAll float max, @ForAll boolean regen) {
        RecordLayout layout = RecordLayout.analyze(Health.class);
        PackedColumn col = new PackedColumn(layout, Columns.reflectiveCodec(layout), 4);
        Health h = new Health(current, max, regen);
        col.put(2, h);
        assertThat(col.get(2)).isEqualTo(h);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> void check(Class<T> type, PackedCodec<T> handWritten, T value) {
        RecordLayout layout = RecordLayout.analyze(type);
        PackedColumn viaReflection = new PackedColumn(layout, Columns.reflectiveCodec(layout), 2);
        PackedColumn viaHand = new PackedColumn(layout, handWritten, 2);
        viaReflection.put(1, value);
        viaHand.put(1, value);
        for (int i = 0; i < layout.count(LeafKind.FLOAT); i++) {
            assertThat(Float.floatToRawIntBits(viaHand.floats[i][1]))
                    .as("slot %d", i)
                    .isEqualTo(Float.floatToRawIntBits(viaReflection.floats[i][1]));
        }
        assertThat((T) viaHand.get(1)).isEqualTo(value);
        assertThat((T) ((PackedCodec<Object>) Columns.reflectiveCodec(layout)).read(viaHand, 1))
                .isEqualTo(value);
    }

    @Property(tries = 1)
    void layoutsOfNonNumericRecordsAreRefused() {
        assertThat(RecordLayout.analyze(dev.luminara.core.component.Name.class)).isNull();
        assertThat(RecordLayout.analyze(Transform.class).leaf("rotation.w").slot())
                .isEqualTo(6);
    }
}
