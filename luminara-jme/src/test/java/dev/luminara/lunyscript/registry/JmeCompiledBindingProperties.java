package dev.luminara.lunyscript.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.scene.Node;
import dev.luminara.jme.DriveControl;
import dev.luminara.jme.JmeEngineAdapter;
import dev.luminara.jme.JmeObject;
import dev.luminara.jme.SoundControl;
import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compiled reflective path ({@link CallChain}) against the plain one on jMonkeyEngine: for random verbs and
 * arguments on an attached or detached spatial, the same result or error and the same spatial afterwards.
 */
class JmeCompiledBindingProperties {
    @Property(tries = 400)
    void compiledAndPlainAgree(
            @ForAll("verbs") String verb, @ForAll("args") List<Object> args, @ForAll boolean detached) {
        Side compiled = new Side(detached);
        Side plain = new Side(detached);
        ApiBinding c = compiled.registry.binding(verb);
        ApiBinding p = plain.registry.binding(verb);
        Object[] a = args.subList(0, Math.min(args.size(), c.paramSpecs().size() + 1))
                .toArray();
        String outC = outcome(() -> c.invoke(compiled.object, a.clone()));
        String outP = outcome(() -> p.invokePlain(plain.object, a.clone()));
        assertThat(outC).as(verb + Arrays.toString(a)).isEqualTo(outP);
        assertThat(compiled.state()).as(verb + Arrays.toString(a)).isEqualTo(plain.state());
    }

    @Property(tries = 20)
    void theCheapMemberVerbsAreCompiled(@ForAll("verbs") String verb) {
        ApiBinding b = new Side(false).registry.binding(verb);
        if (List.of("Transform.MoveBy", "Transform.SetPosition", "Vehicle.SetSpeed", "Object.Destroy")
                .contains(verb)) {
            assertThat(b.isCompiled()).as(verb).isTrue();
        }
    }

    @Provide
    Arbitrary<String> verbs() {
        return Arbitraries.of(new Side(false)
                .registry.bindings().stream().map(ApiBinding::qualifiedName).toList());
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
    static String outcome(Supplier<Object> call) {
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

    /** A root with one vehicle spatial (drive and sound controls), its registry and its object. */
    static final class Side {
        final Node root = new Node("root");
        final Node car = new Node("buggy");
        final ApiRegistry registry;
        final JmeObject object;

        Side(boolean detached) {
            car.addControl(new DriveControl());
            car.addControl(new SoundControl());
            if (!detached) root.attachChild(car);
            JmeEngineAdapter adapter = new JmeEngineAdapter(root);
            registry = ApiRegistry.load(DescriptorLoader.builtIn(), adapter);
            object = adapter.object(car);
        }

        String state() {
            DriveControl drive = car.getControl(DriveControl.class);
            return List.of(
                            car.getParent() != null,
                            car.getLocalTranslation(),
                            car.getLocalRotation(),
                            drive.getLinearVelocity(),
                            drive.getSteerAngle(),
                            drive.isEnabled(),
                            car.getControl(SoundControl.class).played())
                    .toString();
        }
    }
}
