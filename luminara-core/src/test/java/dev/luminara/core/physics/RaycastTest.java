package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RaycastTest {
    private static final Vec3 EAST = new Vec3(1, 0, 0);

    @Test
    void hitsTheNearestColliderWithTheFaceNormal() {
        World world = new World();
        Entity far = world.spawn(Transform.at(10, 0, 0), Collider.box(1, 1, 1));
        Entity near = world.spawn(Transform.at(5, 0, 0), Collider.box(0.5f, 2, 2));
        RayHit hit = Physics.raycast(world, Vec3.ZERO, EAST, 100).orElseThrow();
        assertThat(hit.entity()).isEqualTo(near);
        assertThat(hit.distance()).isEqualTo(4.5f);
        assertThat(hit.point()).isEqualTo(new Vec3(4.5f, 0, 0));
        assertThat(hit.normal()).isEqualTo(new Vec3(-1, 0, 0));

        assertThat(Physics.raycast(world, Vec3.ZERO, EAST, 100, e -> !e.equals(near)))
                .map(RayHit::entity)
                .contains(far);
        assertThat(Physics.raycast(world, Vec3.ZERO, EAST, 4.4f)).isEmpty();
        assertThat(Physics.raycastAll(world, Vec3.ZERO, EAST, 100, e -> true))
                .extracting(RayHit::entity)
                .containsExactly(near, far);
    }

    @Test
    void aSphereHitHasARadialNormal() {
        World world = new World();
        Entity ball = world.spawn(Transform.at(0, 0, -10), Collider.sphere(2));
        Vec3 origin = new Vec3(1, 0, 0);
        RayHit hit = Physics.raycast(world, origin, new Vec3(0, 0, -1), 50).orElseThrow();
        assertThat(hit.entity()).isEqualTo(ball);
        float dz = (float) Math.sqrt(3);
        assertThat(hit.distance()).isCloseTo(10 - dz, within(1e-5f));
        assertThat(hit.normal().x()).isCloseTo(0.5f, within(1e-5f));
        assertThat(hit.normal().z()).isCloseTo(dz / 2, within(1e-5f));
        assertThat(hit.normal().length()).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void triggersAndCollidersContainingTheOriginAreNotHit() {
        World world = new World();
        world.spawn(Transform.at(3, 0, 0), Collider.sphere(1).asTrigger());
        world.spawn(Transform.at(0, 0, 0), Collider.box(1, 1, 1)); // the caster itself
        Entity wall = world.spawn(Transform.at(8, 0, 0), Collider.box(1, 5, 5));
        assertThat(Physics.raycast(world, Vec3.ZERO, EAST, 100))
                .map(RayHit::entity)
                .contains(wall);
    }

    @Test
    void scaledAndChildCollidersAreHitWherePhysicsPlacesThem() {
        World world = new World();
        Entity tall = world.spawn(Transform.at(5, 0, 0).withScale(new Vec3(2, 1, 1)), Collider.box(0.5f, 0.5f, 0.5f));
        assertThat(Physics.raycast(world, Vec3.ZERO, EAST, 100))
                .map(RayHit::distance)
                .contains(4f);

        Entity parent = world.spawn(Transform.at(0, 10, 0));
        Entity child =
                world.spawn(Transform.at(5, 0, 0), GlobalTransform.of(Transform.at(5, 10, 0)), Collider.sphere(1));
        world.setParent(child, parent);
        Optional<RayHit> up = Physics.raycast(world, new Vec3(5, 0, 0), new Vec3(0, 1, 0), 100);
        assertThat(up).map(RayHit::entity).contains(child);
        assertThat(up).map(RayHit::distance).contains(9f);
        assertThat(tall).isNotEqualTo(child);
    }

    @Test
    void equalDistancesGoToTheLowerIndex() {
        World world = new World();
        Entity first = world.spawn(Transform.at(5, 0.5f, 0), Collider.box(1, 0.5f, 1));
        world.spawn(Transform.at(5, -0.5f, 0), Collider.box(1, 0.5f, 1));
        assertThat(Physics.raycast(world, Vec3.ZERO, EAST, 100))
                .map(RayHit::entity)
                .contains(first);
    }

    @Test
    void badRaysAreRejectedWithTheirValue() {
        World world = new World();
        assertThatThrownBy(() -> Physics.raycast(world, Vec3.ZERO, Vec3.ZERO, 1))
                .isInstanceOf(PhysicsException.class)
                .hasMessageContaining("direction must be finite and non-zero, got (0.0, 0.0, 0.0)");
        assertThatThrownBy(() -> Physics.raycast(world, Vec3.ZERO, EAST, -1)).hasMessageContaining("maxDistance");
        assertThatThrownBy(() -> Physics.raycast(world, new Vec3(Float.NaN, 0, 0), EAST, 1))
                .hasMessageContaining("origin");
    }
}
