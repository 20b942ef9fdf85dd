package dev.luminara.lunyscript.luminara;

import static dev.luminara.lunyscript.script.Flow.Every;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.app.App;
import dev.luminara.core.app.DefaultPlugins;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.generated.Vehicle;
import dev.luminara.lunyscript.generated.luminara.LuminaraServices;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.script.Api;
import dev.luminara.lunyscript.script.On;
import dev.luminara.lunyscript.script.Script;
import dev.luminara.lunyscript.script.ScriptRunner;
import dev.luminara.lunyscript.script.ServiceSet;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LunyScript inside a real app with the default plugins: physics-lite moves what SetSpeed set, audio gets the horn. */
class LunyScriptPluginTest {
    @ParameterizedTest(name = "generated={0}")
    @ValueSource(booleans = {true, false})
    void scriptsDriveTheCoreThroughItsOwnSystems(boolean generated) {
        var descriptor = DescriptorLoader.builtIn();
        App app = App.builder()
                .plugin(new DefaultPlugins())
                .plugin(new LunyScriptPlugin(a -> generated
                        ? new ScriptRunner(LuminaraServices.create(a, descriptor), null, Tracer.OFF)
                        : new ScriptRunner(ServiceSet.EMPTY, ApiRegistry.load(descriptor, a), Tracer.OFF)))
                .build();
        World world = app.world();
        Entity buggy = world.spawn(Name.of("buggy"), Transform.at(0, 0, 0), Velocity.ZERO, AudioSource.of("tone:440"));
        Script script = Script.of(
                "drive",
                On.start(generated ? Vehicle.setSpeed(3) : Api.verb("Vehicle.SetSpeed", 3)),
                On.update(Every(30).frames().run(generated ? Vehicle.honk() : Api.verb("Vehicle.Honk"))));
        world.resource(LunyScripts.class).attach(buggy, script);
        Events.Reader<SoundPlayed> sounds = world.events(SoundPlayed.class).reader();
        List<SoundPlayed> heard = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            app.step();
            heard.addAll(sounds.read());
        }
        assertThat(world.get(buggy, Transform.class).position().z()).isCloseTo(-3f, within(1e-3f));
        assertThat(heard).hasSize(2).allMatch(s -> s.clip().equals("tone:440"));
    }
}
