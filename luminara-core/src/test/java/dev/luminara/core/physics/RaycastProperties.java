package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Raycasts agree with a brute-force oracle that intersects the ray with every collider's faces (boxes) or solves the
 * sphere equation geometrically. Grazing hits are ambiguous in floating point, so the oracle is run on colliders grown
 * and shrunk by a millimetre: what both versions hit must be hit, what neither hits must not be.
 */
class RaycastProperties {
    private static final float SLACK = 1e-3f;

    record Shape(boolean sphere, boolean trigger, Vec3 centre, Vec3 half) {}

    record Ray(Vec3 origin, Vec3 direction, float maxDistance) {}

    @Provide
    Arbitrary<List<Shape>> shapes() {
        Arbitrary<Float> coordinate = Arbitraries.integers().between(-300, 300).map(i -> i / 29f);
        Arbitrary<Float> size = Arbitraries.integers().between(1, 120).map(i -> i / 31f);
        Arbitrary<Vec3> centre =
                Combinators.combine(coordinate, coordinate, coordinate).as(Vec3::new);
        Arbitrary<Vec3> half = Combinators.combine(size, size, size).as(Vec3::new);
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 9).map(i -> i == 0),
                        centre,
                        half)
                .as(Shape::new)
                .list()
                .ofMaxSize(25);
    }

    @Provide
    Arbitrary<Ray> rays() {
        Arbitrary<Float> coordinate = Arbitraries.integers().between(-300, 300).map(i -> i / 23f);
        Arbitrary<Float> component = Arbitraries.integers().between(-10, 10).map(i -> i / 7f);
        return Combinators.combine(
                        Combinators.combine(coordinate, coordinate, coordinate).as(Vec3::new),
                        Combinators.combine(component, component, component)
                                .as(Vec3::new)
                                .filter(v -> v.lengthSquared() > 0),
                        Arbitraries.integers().between(0, 60).map(i -> i == 60 ? Float.POSITIVE_INFINITY : i / 2f))
                .as(Ray::new);
    }

    @Property(tries = 400)
    void raycastsAgreeWithBruteForce(@ForAll("shapes") List<Shape> shapes, @ForAll("rays") Ray ray) {
        World world = new World();
        List<Entity> entities = new ArrayList<>();
        for (Shape s : shapes) {
            Collider c = s.sphere()
                    ? Collider.sphere(s.half().x())
                    : Collider.box(s.half().x(), s.half().y(), s.half().z());
            entities.add(world.spawn(Transform.at(s.centre()), s.trigger() ? c.asTrigger() : c));
        }
        Vec3 d = ray.direction().normalized();
        List<RayHit> all = Physics.raycastAll(world, ray.origin(), ray.direction(), ray.maxDistance(), e -> true);

        Set<Entity> mustHit = new TreeSet<>(), mayHit = new TreeSet<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (s.trigger()) continue;
            Optional<Float> inner = oracle(s, ray.origin(), d, -SLACK).filter(t -> t <= ray.maxDistance() - SLACK);
            Optional<Float> outer = oracle(s, ray.origin(), d, SLACK).filter(t -> t <= ray.maxDistance() + SLACK);
            if (inner.isPresent() && outer.isPresent()) mustHit.add(entities.get(i));
            if (inner.isPresent() || outer.isPresent()) mayHit.add(entities.get(i));
        }
        Set<Entity> hit = new TreeSet<>();
        all.forEach(h -> hit.add(h.entity()));
        assertThat(hit).containsAll(mustHit);
        assertThat(mayHit).containsAll(hit);

        for (int k = 0; k < all.size(); k++) {
            RayHit h = all.get(k);
            Shape s = shapes.get(entities.indexOf(h.entity()));
            // the reported point is on the surface, at the reported distance, with an outward unit normal facing the
            // ray
            assertThat(h.point().distance(ray.origin().add(d.mul(h.distance()))))
                    .isLessThan(SLACK);
            assertThat(surfaceDistance(s, h.point())).isLessThan(SLACK);
            assertThat(h.normal().length()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
            assertThat(h.normal().dot(d)).isLessThanOrEqualTo(1e-4f);
            if (k > 0)
                assertThat(h.distance()).isGreaterThanOrEqualTo(all.get(k - 1).distance());
        }
        Optional<RayHit> first = Physics.raycast(world, ray.origin(), ray.direction(), ray.maxDistance(), e -> true);
        assertThat(first).isEqualTo(all.stream().findFirst());
        // a filter skips to the next accepted hit
        Optional<RayHit> odd =
                Physics.raycast(world, ray.origin(), ray.direction(), ray.maxDistance(), e -> e.index() % 2 == 1);
        assertThat(odd)
                .isEqualTo(all.stream().filter(h -> h.entity().index() % 2 == 1).findFirst());
    }

    /** Distance along the ray to the collider grown by {@code grow}, unless the ray starts inside it. */
    static Optional<Float> oracle(Shape s, Vec3 o, Vec3 d, float grow) {
        if (s.sphere()) {
            float r = s.half().x() + grow;
            Vec3 toCentre = s.centre().sub(o);
            if (toCentre.lengthSquared() < r * r) return Optional.empty();
            float along = toCentre.dot(d);
            if (along < 0) return Optional.empty();
            float miss2 = toCentre.lengthSquared() - along * along;
            if (miss2 > r * r) return Optional.empty();
            return Optional.of(along - (float) Math.sqrt(r * r - miss2));
        }
        float[] c = {s.centre().x(), s.centre().y(), s.centre().z()};
        float[] h = {s.half().x() + grow, s.half().y() + grow, s.half().z() + grow};
        float[] origin = {o.x(), o.y(), o.z()};
        float[] dir = {d.x(), d.y(), d.z()};
        boolean inside = true;
        for (int a = 0; a < 3; a++) inside &= Math.abs(origin[a] - c[a]) < h[a];
        if (inside) return Optional.empty();
        Float best = null;
        for (int a = 0; a < 3; a++) {
            for (int side = -1; side <= 1; side += 2) {
                if (dir[a] * side >= 0) continue; // only faces turned towards the ray
                float t = (c[a] + side * h[a] - origin[a]) / dir[a];
                if (t < 0) continue;
                boolean onFace = true;
                for (int b = 0; b < 3; b++) {
                    if (b != a) onFace &= Math.abs(origin[b] + dir[b] * t - c[b]) <= h[b];
                }
                if (onFace && (best == null || t < best)) best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static float surfaceDistance(Shape s, Vec3 p) {
        if (s.sphere()) return Math.abs(p.distance(s.centre()) - s.half().x());
        Vec3 local = p.sub(s.centre());
        float outside = Math.max(
                Math.abs(local.x()) - s.half().x(),
                Math.max(
                        Math.abs(local.y()) - s.half().y(),
                        Math.abs(local.z()) - s.half().z()));
        return Math.abs(outside);
    }
}
