package dev.luminara.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.math.Vec3;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed entry points count, check and report a call exactly as the generic one does. */
class TypedImplementationTest {
    final ApiModule probe = ApiModule.builder("probe")
            .function(ApiFunction.builder("scale_to")
                    .param("entity", ValueType.ENTITY, "who")
                    .ranged("scale", ValueType.VEC3, "new scale", 0, 10)
                    .writesVec3((c, e, x, y, z) -> c.world().set(e, Transform.at(x, y, z))))
            .build();

    final World world = new World();
    final ScriptHost host = ScriptingPlugin.builder()
            .sources(id -> Optional.empty())
            .module(probe)
            .sandbox(SandboxConfig.DEFAULT.withMaxApiCalls(6))
            .runtime(new ApiRegistryTest.NoRuntime())
            .buildHost(world);
    final Entity self = world.spawn(Transform.at(1, 2, 3));
    final ScriptContext c = new ScriptContext(
            world,
            self,
            ScriptId.of("t.lua"),
            new ScriptEnvironment(host.api(), id -> Optional.empty(), host.sandboxConfig())
                    .newSandbox(ScriptId.of("t.lua")),
            null);

    ApiBinding f(String name) {
        return host.api().find(name).orElseThrow();
    }

    @Test
    void readAndWriteAgreeWithTheGenericPath() {
        Entity other = world.spawn(Transform.at(4, 5, 6));
        float[] out = new float[3];
        ApiRegistry.invokeReadVec3(c, f("transform.get_position"), null, out);
        assertThat(out).containsExactly(1, 2, 3);
        assertThat(ApiRegistry.invoke(c, f("transform.get_position"), List.of()))
                .isEqualTo(ScriptValue.of(new Vec3(1, 2, 3)));
        ApiRegistry.invokeReadVec3(c, f("transform.get_position"), other, out);
        assertThat(out).containsExactly(4, 5, 6);

        ApiRegistry.invokeWriteVec3(c, f("transform.set_position"), other, 7, 8, 9);
        assertThat(world.get(other, Transform.class)).isEqualTo(Transform.at(7, 8, 9));
        ApiRegistry.invoke(
                c, f("transform.set_position"), List.of(ScriptValue.of(other), ScriptValue.of(new Vec3(0, 1, 0))));
        assertThat(world.get(other, Transform.class)).isEqualTo(Transform.at(0, 1, 0));
        assertThat(c.sandbox().usage().callsByFunction())
                .containsEntry("transform.get_position", 3L)
                .containsEntry("transform.set_position", 2L);
    }

    @Test
    void errorsAreTheGenericPathsErrors() {
        ApiBinding scaleTo = f("probe.scale_to");
        String generic = messageOf(() ->
                ApiRegistry.invoke(c, scaleTo, List.of(ScriptValue.of(self), ScriptValue.of(new Vec3(1, 20, 1)))));
        assertThat(generic)
                .isEqualTo("probe.scale_to: argument 2 (scale) components must be within [0, 10], got "
                        + new Vec3(1, 20, 1));
        assertThat(messageOf(() -> ApiRegistry.invokeWriteVec3(c, scaleTo, self, 1, 20, 1)))
                .isEqualTo(generic);

        String missing = messageOf(() ->
                ApiRegistry.invoke(c, f("transform.set_position"), List.of(ScriptValue.NIL, ScriptValue.of(Vec3.ONE))));
        assertThat(missing).contains("argument 1 (entity) is missing");
        assertThat(messageOf(() -> ApiRegistry.invokeWriteVec3(c, f("transform.set_position"), null, 1, 1, 1)))
                .isEqualTo(missing);

        Entity gone = world.spawn(Name.of("gone"));
        world.despawn(gone);
        assertThatThrownBy(() -> ApiRegistry.invokeReadVec3(c, f("transform.get_position"), gone, new float[3]))
                .isInstanceOf(ApiCallException.class)
                .hasMessageStartingWith("transform.get_position: ");
    }

    @Test
    void typedCallsCountAgainstTheBudget() {
        float[] out = new float[3];
        for (int i = 0; i < 6; i++) ApiRegistry.invokeReadVec3(c, f("transform.get_position"), null, out);
        assertThatThrownBy(() -> ApiRegistry.invokeReadVec3(c, f("transform.get_position"), null, out))
                .isInstanceOf(ScriptLimitException.class)
                .hasMessageContaining("API call 7 (transform.get_position) refused");
    }

    @Test
    void aTypedEntryPointMustHaveTheShapeItClaims() {
        assertThatThrownBy(() -> ApiFunction.builder("bad")
                        .param("n", ValueType.NUMBER, "")
                        .readsVec3((ctx, e, out) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a vec3 read takes one entity");
        assertThatThrownBy(() -> ApiFunction.builder("bad")
                        .param("e", ValueType.ENTITY, "")
                        .writesVec3((ctx, e, x, y, z) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a vec3 write takes an entity and a vec3");
    }

    @Test
    void anEntityWithoutTransformReadsAsTheOriginAndGetsOneAtTheStagesEnd() {
        Entity bare = world.spawn(Name.of("bare"));
        float[] out = {9, 9, 9};
        ApiRegistry.invokeReadVec3(c, f("transform.get_position"), bare, out);
        assertThat(out).containsExactly(0, 0, 0);
        ApiRegistry.invokeWriteVec3(c, f("transform.set_position"), bare, 1, 2, 3);
        assertThat(world.has(bare, Transform.class)).isFalse();
        world.applyCommands();
        assertThat(world.get(bare, Transform.class)).isEqualTo(Transform.at(1, 2, 3));
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }
}
