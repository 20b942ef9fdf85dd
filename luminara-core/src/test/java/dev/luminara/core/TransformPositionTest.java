package dev.luminara.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.app.App;
import dev.luminara.core.app.TransformPlugin;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import org.junit.jupiter.api.Test;

/** {@link World#readTransformPosition} and {@link World#writeTransformPosition}: the record-free position path. */
class TransformPositionTest {

    @Test
    void readsThePositionWithoutTouchingTheRest() {
        World w = new World();
        Entity e = w.spawn(new Transform(new Vec3(1, 2, 3), Quat.axisAngleDegrees(Vec3.UP, 30), new Vec3(2, 2, 2)));
        float[] out = {9, 9, 9};
        assertThat(w.readTransformPosition(e, out)).isTrue();
        assertThat(out).containsExactly(1, 2, 3);
    }

    @Test
    void writeKeepsRotationAndScaleAndStampsTheChange() {
        World w = new World();
        Quat r = Quat.axisAngleDegrees(Vec3.UP, 30);
        Entity e = w.spawn(new Transform(new Vec3(1, 2, 3), r, new Vec3(2, 3, 4)), new Name("a"));
        long before = w.checkpoint();
        assertThat(w.writeTransformPosition(e, -1, 0.5f, 7)).isTrue();
        assertThat(w.get(e, Transform.class)).isEqualTo(new Transform(new Vec3(-1, 0.5f, 7), r, new Vec3(2, 3, 4)));
        assertThat(w.changedTick(e, Transform.class)).isGreaterThan(before);
        assertThat(w.changedTick(e, Name.class)).isLessThanOrEqualTo(before);
        assertThat(w.changesSince(before).components())
                .extracting(ComponentChange::entity)
                .containsExactly(e);
    }

    @Test
    void anEntityWithoutTransformIsLeftAlone() {
        World w = new World();
        Entity e = w.spawn(new Name("no transform"));
        float[] out = {9, 9, 9};
        assertThat(w.readTransformPosition(e, out)).isFalse();
        assertThat(out).containsExactly(9, 9, 9);
        assertThat(w.writeTransformPosition(e, 1, 2, 3)).isFalse();
        assertThat(w.has(e, Transform.class)).isFalse();
    }

    @Test
    void aDeadEntityIsRefusedLikeGet() {
        World w = new World();
        Entity e = w.spawn(Transform.at(1, 2, 3));
        w.despawn(e);
        assertThatThrownBy(() -> w.readTransformPosition(e, new float[3])).isInstanceOf(StaleEntityException.class);
        assertThatThrownBy(() -> w.writeTransformPosition(e, 0, 0, 0)).isInstanceOf(StaleEntityException.class);
    }

    @Test
    void aWriteIsPropagatedToChildren() {
        App app = App.builder().hz(60).plugin(new TransformPlugin()).build();
        World w = app.world();
        Entity parent = w.spawn(Transform.at(0, 0, 0), GlobalTransform.IDENTITY);
        Entity child = w.spawn(Transform.at(1, 0, 0), GlobalTransform.IDENTITY);
        w.setParent(child, parent);
        app.step();
        assertThat(w.get(child, GlobalTransform.class).position().x()).isCloseTo(1f, within(1e-6f));

        w.writeTransformPosition(parent, 10, 0, 0);
        app.step();
        assertThat(w.get(parent, GlobalTransform.class).position().x()).isCloseTo(10f, within(1e-6f));
        assertThat(w.get(child, GlobalTransform.class).position().x()).isCloseTo(11f, within(1e-6f));
    }

    @Test
    void aSnapshotTakenBeforeAWriteIsNotChangedByIt() {
        World w = new World();
        Entity e = w.spawn(Transform.at(1, 2, 3));
        WorldSnapshot s = w.snapshot();
        w.writeTransformPosition(e, 4, 5, 6);
        w.restore(s);
        assertThat(w.get(e, Transform.class)).isEqualTo(Transform.at(1, 2, 3));
    }
}
