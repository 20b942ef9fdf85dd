package dev.luminara.core.testing;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.BodyKind;
import dev.luminara.core.component.Camera;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.ColliderShape;
import dev.luminara.core.component.Description;
import dev.luminara.core.component.GlobalTransform;
import dev.luminara.core.component.Light;
import dev.luminara.core.component.LightKind;
import dev.luminara.core.component.MeshKind;
import dev.luminara.core.component.MeshShape;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Projection;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random sequences of world operations for property tests; entity arguments are picked by position among the live. */
public final class WorldOps {
    private WorldOps() {}

    /** One operation; {@code pick} selects a live entity modulo the live count. */
    public record Op(int kind, int pick, float a, float b, String text) {
        public void apply(World world) {
            List<Entity> live = world.entities();
            Entity target = live.isEmpty() ? null : live.get(Math.floorMod(pick, live.size()));
            switch (kind) {
                case 0, 1 -> world.spawn(Transform.at(a, b, 0), new Name(text));
                case 2 -> world.spawn(new Health(Math.abs(a) % 1000, 1000, b > 0), Tags.of(text));
                case 3 -> {
                    if (target != null) world.despawn(target);
                }
                case 4 -> {
                    if (target != null) world.set(target, new Velocity(new Vec3(a, b, 1), Vec3.ZERO));
                }
                case 5 -> {
                    if (target != null) world.remove(target, Transform.class);
                }
                case 6 -> {
                    if (target != null) world.set(target, new Inventory(List.of(text), (int) Math.abs(b)));
                }
                case 7 -> {
                    if (target != null && live.size() > 1) {
                        Entity parent = live.get(Math.floorMod(pick + 1, live.size()));
                        try {
                            world.setParent(target, parent);
                        } catch (dev.luminara.core.HierarchyException cycle) {
                            // a cycle is refused; the world is unchanged, which is what we check elsewhere
                        }
                    }
                }
                case 9 -> {
                    if (target != null) world.set(target, builtin(pick, a, b, text));
                }
                default -> {
                    if (target != null) world.set(target, Transform.at(a, a, b));
                }
            }
        }
    }

    /** One of the other built-in components, chosen by {@code pick}, with values inside its schema's ranges. */
    static Record builtin(int pick, float a, float b, String text) {
        float unit = Math.abs(a) / 100f; // in [0, 1]
        Vec3 v = new Vec3(a, b, unit);
        Vec3 size = new Vec3(Math.abs(a), Math.abs(b), unit);
        Color color = new Color(unit, Math.abs(b) / 100f, 0.5f, 1f);
        return switch (Math.floorMod(pick, 8)) {
            case 0 -> new RigidBody(BodyKind.values()[Math.floorMod(pick, 3)], 0.5f + Math.abs(a), b > 0, unit, unit);
            case 1 -> new Collider(b > 0 ? ColliderShape.BOX : ColliderShape.SPHERE, size, Math.abs(b), a > 0);
            case 2 -> new Camera(Projection.PERSPECTIVE, 1 + Math.abs(a), 10f, 0.1f, 100 + Math.abs(b), b > 0);
            case 3 -> new Light(LightKind.values()[Math.floorMod(pick, 3)], color, Math.abs(b), Math.abs(a));
            case 4 -> new MeshShape(MeshKind.values()[Math.floorMod(pick, 4)], size, color);
            case 5 -> new AudioSource("tone:" + text, unit, a > 0, b > 0);
            case 6 -> new Description(text + " " + a);
            default -> new GlobalTransform(v, new Quat(0, unit, 0, 1), size);
        };
    }

    public static Arbitrary<Op> op() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.floats().between(-100, 100),
                        Arbitraries.floats().between(-100, 100),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
                .as(Op::new);
    }

    public static Arbitrary<List<Op>> ops(int max) {
        return op().list().ofMaxSize(max);
    }

    public static World build(List<Op> ops) {
        World w = new World();
        for (Op op : ops) op.apply(w);
        return w;
    }

    public static List<String> describe(World world) {
        List<String> out = new ArrayList<>();
        for (Entity e : world.entities()) {
            out.add(e + " " + world.components(e));
        }
        return out;
    }
}
