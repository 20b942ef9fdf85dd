package dev.luminara.lunyscript.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Tags;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import dev.luminara.lunyscript.luminara.Steering;
import dev.luminara.lunyscript.transform.LuaFunctionTransformation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The compiled reflective path ({@link CallChain}) against the plain one on Luminara's core: for random verbs,
 * arguments (in and out of range, NaN, wrong types, missing) and a live or destroyed entity, both give the same result
 * or the same error, and leave the same world.
 */
class CompiledBindingProperties {
    static final List<String> VERBS = new ArrayList<>(registry(new World()).bindings().stream()
            .map(ApiBinding::qualifiedName)
            .toList());

    static ApiRegistry registry(World world) {
        return ApiRegistry.load(DescriptorLoader.builtIn(), new CoreEngineAdapter(world));
    }

    @Test
    void everyBuiltInCoreBindingButTheLuaTransformedOnesIsCompiled() {
        ApiRegistry r = registry(new World());
        for (ApiBinding b : r.bindings()) {
            boolean luaVerbTransform = b.verbTransform() instanceof LuaFunctionTransformation;
            assertThat(b.isCompiled()).as(b.qualifiedName()).isEqualTo(!luaVerbTransform);
        }
        assertThat(r.binding("Vehicle.SetSpeed").isCompiled()).isTrue();
        assertThat(r.binding("Transform.MoveBy").isCompiled()).isTrue();
    }

    @Property(tries = 400)
    void compiledAndPlainAgree(
            @ForAll("verbs") String verb, @ForAll("args") List<Object> args, @ForAll boolean destroyed) {
        Side compiled = new Side(destroyed);
        Side plain = new Side(destroyed);
        ApiBinding c = compiled.registry.binding(verb);
        ApiBinding p = plain.registry.binding(verb);
        Object[] a = args.subList(0, Math.min(args.size(), c.paramSpecs().size() + 1))
                .toArray();
        String outC = outcome(() -> c.invoke(compiled.object, a.clone()));
        String outP = outcome(() -> p.invokePlain(plain.object, a.clone()));
        assertThat(outC).as(verb + Arrays.toString(a)).isEqualTo(outP);
        assertThat(compiled.state()).as(verb + Arrays.toString(a)).isEqualTo(plain.state());
    }

    @Provide
    Arbitrary<String> verbs() {
        return Arbitraries.of(VERBS);
    }

    @Provide
    Arbitrary<List<Object>> args() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.doubles().between(-2000, 2000).map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300)
                        .map(d -> (Object) d),
                Arbitraries.integers().between(-200, 200).map(i -> (Object) i),
                Arbitraries.of("HornSound", "warn", "info", "nope", "").map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return value.list().ofMinSize(0).ofMaxSize(4);
    }

    /** The value, or the exception's type and message (the wording of a refused cast varies with the JDK's check). */
    static String outcome(java.util.function.Supplier<Object> call) {
        List<String> logged = new ArrayList<>();
        Runnable stop = DebugConsole.listen(logged::add);
        try {
            return "value " + call.get() + " " + logged;
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            int refused = m.indexOf("refused an argument");
            return e.getClass().getSimpleName() + ": " + (refused >= 0 ? m.substring(0, refused) : m) + " " + logged;
        } finally {
            stop.run();
        }
    }

    /** One world with one vehicle, its registry and its object. */
    static final class Side {
        final World world = new World();
        final ApiRegistry registry = registry(world);
        final Entity entity;
        final LunyObject object;

        Side(boolean destroyed) {
            entity = world.spawn(
                    Name.of("buggy"), Transform.at(1, 2, 3), Velocity.ZERO, AudioSource.of("tone:440"), Tags.of());
            object = new CoreEngineAdapter(world).object(entity);
            if (destroyed) world.despawn(entity);
        }

        String state() {
            world.applyCommands();
            if (!world.isAlive(entity)) return "gone";
            return List.of(
                            find(Transform.class),
                            find(Velocity.class),
                            find(Steering.class),
                            find(Tags.class),
                            find(AudioSource.class))
                    .toString();
        }

        private Object find(Class<? extends Record> type) {
            Optional<? extends Record> r = world.find(entity, type);
            return r.isPresent() ? r.get() : "none";
        }
    }
}
