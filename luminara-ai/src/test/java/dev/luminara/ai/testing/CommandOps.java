package dev.luminara.ai.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.ai.command.ComponentMutation;
import dev.luminara.ai.command.EngineCommand;
import dev.luminara.ai.command.EntityTemplate;
import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random engine commands for property tests, chosen against the live world when they are built. */
public final class CommandOps {
    private CommandOps() {}

    /** One command to build; {@code pick} selects live entities modulo the live count. */
    public record Op(int kind, int pick, float a, float b, String text) {
        /** The command for this world's current state, or null when there is nothing to act on. */
        public EngineCommand build(World world) {
            List<Entity> live = world.entities();
            Entity target = live.isEmpty() ? null : live.get(Math.floorMod(pick, live.size()));
            Entity other = live.isEmpty() ? null : live.get(Math.floorMod(pick * 31 + 7, live.size()));
            String script = "abc".charAt(Math.floorMod(pick, 3)) + ".lua";
            switch (kind) {
                case 0:
                    return new EngineCommand.SpawnEntity(null, template(), new Vec3(a, 0, b), null);
                case 1:
                    return target == null
                            ? null
                            : new EngineCommand.SpawnEntity(null, template(), new Vec3(b, a, 0), target);
                case 2:
                    return target == null ? null : new EngineCommand.DestroyEntity(target);
                case 3:
                    return target == null
                            ? null
                            : new EngineCommand.AddComponent(target, "Velocity", vec("linear", a, b, 1));
                case 4:
                    return target == null ? null : new EngineCommand.RemoveComponent(target, "Transform");
                case 5:
                    return target == null
                            ? null
                            : new EngineCommand.ModifyComponent(
                                    target,
                                    "Transform",
                                    new ComponentMutation.SetField(
                                            "position.y", JsonNodeFactory.instance.numberNode(a)));
                case 6:
                    return target == null
                            ? null
                            : new EngineCommand.ModifyComponent(
                                    target,
                                    "Transform",
                                    new ComponentMutation.AddToField(
                                            "position", JsonNodeFactory.instance.numberNode(b)));
                case 7:
                    return target == null ? null : new EngineCommand.SetParent(target, other, null);
                case 8:
                    return target == null ? null : new EngineCommand.SetParent(target, null, null);
                case 9:
                    return new EngineCommand.CreateScript(script, "-- " + a);
                case 10:
                    return new EngineCommand.ModifyScript(script, "-- modified " + b);
                case 11:
                    return new EngineCommand.DeleteScript(script);
                case 12:
                    // bytes that are not UTF-8 text (0xFF never occurs in UTF-8), as a WASM module's are
                    return new EngineCommand.WriteScriptBytes(
                            script, new byte[] {0, 0x61, 0x73, 0x6D, (byte) 0xFF, (byte) pick, (byte) a, (byte) b});
                default:
                    return target == null ? null : new EngineCommand.AddComponent(target, "Name", name(text));
            }
        }

        private EntityTemplate template() {
            ObjectNode mesh = JsonNodeFactory.instance.objectNode();
            mesh.put("kind", Math.abs(pick) % 2 == 0 ? "BOX" : "SPHERE");
            mesh.putArray("size").add(1).add(Math.abs(a) / 10f).add(1);
            return new EntityTemplate(text, List.of("t" + (pick % 3)), Map.of("MeshShape", mesh));
        }
    }

    static ObjectNode vec(String field, float x, float y, float z) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray(field).add(x).add(y).add(z);
        return node;
    }

    static ObjectNode name(String text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("value", text);
        return node;
    }

    public static Arbitrary<Op> op() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.floats().between(-50, 50),
                        Arbitraries.floats().between(-50, 50),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3))
                .as(Op::new);
    }

    public static Arbitrary<List<Op>> ops(int max) {
        return ops(0, max);
    }

    public static Arbitrary<List<Op>> ops(int min, int max) {
        return op().list().ofMinSize(min).ofMaxSize(max);
    }

    /** A script file's content for comparisons: its text, or its bytes in hex when it is binary. */
    public static String content(byte[] bytes) {
        return dev.luminara.ai.command.ScriptStore.text(bytes)
                .orElseGet(() -> "hex:" + HexFormat.of().formatHex(bytes));
    }

    /** Unused here but handy: the transform of an entity as a string, for failure messages. */
    public static String describe(World world, Entity e) {
        return e + " " + world.find(e, Transform.class).map(Object::toString).orElse("-");
    }
}
