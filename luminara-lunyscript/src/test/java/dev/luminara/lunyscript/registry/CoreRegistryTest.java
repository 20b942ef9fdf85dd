package dev.luminara.lunyscript.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.luminara.core.Entity;
import dev.luminara.core.World;
import dev.luminara.core.component.AudioSource;
import dev.luminara.core.component.Name;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import dev.luminara.core.math.Vec3;
import dev.luminara.lunyscript.ArgumentException;
import dev.luminara.lunyscript.DebugConsole;
import dev.luminara.lunyscript.VerbCallException;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.luminara.CoreEngineAdapter;
import dev.luminara.lunyscript.luminara.EntityHandle;
import dev.luminara.lunyscript.luminara.SoundPlayed;
import dev.luminara.lunyscript.luminara.Steering;
import dev.luminara.lunyscript.trace.TraceEvent;
import dev.luminara.lunyscript.trace.TraceLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoreRegistryTest {
    World world;
    CoreEngineAdapter adapter;
    ApiRegistry registry;
    EntityHandle buggy;

    @BeforeEach
    void setUp() {
        world = new World();
        adapter = new CoreEngineAdapter(world);
        registry = ApiRegistry.load(DescriptorLoader.builtIn(), adapter);
        Entity e = world.spawn(Name.of("buggy"), Transform.at(1, 0, 0), Velocity.ZERO, AudioSource.of("tone:440"));
        buggy = adapter.object(e);
    }

    @Test
    void everySemanticIsImplementedOnTheCore() {
        assertThat(registry.report().missing()).isEmpty();
        assertThat(registry.report().unmapped()).isEmpty();
        assertThat(registry.report().implemented()).hasSize(12);
    }

    @Test
    void strategiesFollowTheTargetType() {
        assertThat(registry.binding("SetSpeed").strategy()).isEqualTo(BindingStrategy.COMPONENT);
        assertThat(registry.binding("SetPosition").strategy()).isEqualTo(BindingStrategy.MEMBER);
        assertThat(registry.binding("Log").strategy()).isEqualTo(BindingStrategy.STATIC);
        assertThat(registry.binding("Vehicle.SetSpeed")).isSameAs(registry.binding("SetSpeed"));
    }

    @Test
    void setSpeedClampsAndBuildsTheForwardVector() {
        registry.binding("SetSpeed").invoke(buggy, 150.0);
        assertThat(world.get(buggy.entity(), Velocity.class).linear()).isEqualTo(new Vec3(0, 0, -100));
        assertThat(registry.binding("GetSpeed").invoke(buggy)).isEqualTo(100.0);
        registry.binding("SetSpeed").invoke(buggy, -5);
        assertThat(registry.binding("GetSpeed").invoke(buggy)).isEqualTo(0.0);
    }

    @Test
    void steerScalesIntoDegreesThroughTheVersionKeyedTarget() {
        ApiBinding steer = registry.binding("Steer");
        assertThat(steer.target().choice().target()).isEqualTo("SteeringView.angleDegrees");
        assertThat(steer.target().choice().rule()).contains("0.1.0");
        steer.invoke(buggy, 0.5);
        assertThat(world.get(buggy.entity(), Steering.class).angle()).isEqualTo(22.5f);
    }

    @Test
    void transformVerbsMoveAndRotate() {
        registry.binding("MoveBy").invoke(buggy, 1, 2, 3);
        registry.binding("SetPosition").invoke(buggy, 5.0, 0.0, 0.0);
        registry.binding("MoveBy").invoke(buggy, 0, 1, 0);
        assertThat(world.get(buggy.entity(), Transform.class).position()).isEqualTo(new Vec3(5, 1, 0));
        registry.binding("RotateBy").invoke(buggy, 0, 90, 0);
        Vec3 forward = world.get(buggy.entity(), Transform.class).forward();
        assertThat(forward.x()).isCloseTo(-1f, within(1e-5f));
        assertThat(forward.z()).isCloseTo(0f, within(1e-5f));
    }

    @Test
    void honkLooksUpTheAssetAndSendsAnEvent() {
        registry.binding("Honk").invoke(buggy);
        assertThat(world.events(SoundPlayed.class).all()).containsExactly(new SoundPlayed(buggy.entity(), "tone:440"));
    }

    @Test
    void objectVerbsEnableDisableAndDestroy() {
        registry.binding("SetDisabled").invoke(buggy);
        assertThat(buggy.isEnabled()).isFalse();
        assertThat(registry.binding("IsEnabled").invoke(buggy)).isEqualTo(false);
        registry.binding("SetEnabled").invoke(buggy);
        assertThat(registry.binding("IsEnabled").invoke(buggy)).isEqualTo(true);
        registry.binding("Destroy").invoke(buggy);
        assertThat(buggy.isAlive()).isTrue();
        world.applyCommands();
        assertThat(buggy.isAlive()).isFalse();
        assertThatThrownBy(() -> registry.binding("SetSpeed").invoke(buggy, 1.0))
                .isInstanceOf(VerbCallException.class)
                .hasMessageContaining("was destroyed");
    }

    @Test
    void logChecksAllowedValuesAndRequiredParams() {
        List<String> lines = new ArrayList<>();
        Runnable stop = DebugConsole.listen(lines::add);
        try {
            registry.binding("Log").invoke(buggy, "hello");
            registry.binding("Log").invoke(null, "careful", "warn");
            assertThatThrownBy(() -> registry.binding("Log").invoke(buggy, "x", "loud"))
                    .isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("Debug.Log(level)")
                    .hasMessageContaining("'loud' is not one of [info, warn, error]");
            assertThatThrownBy(() -> registry.binding("Log").invoke(buggy))
                    .isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("Debug.Log(message): required, missing");
        } finally {
            stop.run();
        }
        assertThat(lines).containsExactly("info: hello", "warn: careful");
    }

    @Test
    void missingComponentIsAClearError() {
        EntityHandle bare = adapter.object(world.spawn(Name.of("rock")));
        assertThatThrownBy(() -> registry.binding("Honk").invoke(bare))
                .isInstanceOf(VerbCallException.class)
                .hasMessage("Vehicle.Honk: object 'rock' has no AudioSource component (add one to play its sound)");
    }

    @Test
    void aStaticBodyIsNotGivenASpeedThatWouldDoNothing() {
        EntityHandle wall = adapter.object(world.spawn(
                Name.of("wall"),
                dev.luminara.core.component.Transform.IDENTITY,
                dev.luminara.core.component.RigidBody.fixed()));
        assertThatThrownBy(() -> registry.binding("SetSpeed").invoke(wall, 5.0))
                .isInstanceOf(VerbCallException.class)
                .hasMessageContaining("object 'wall' is a STATIC body, which never moves");
        assertThat(world.find(wall.entity(), Velocity.class)).isEmpty();
    }

    @Test
    void wrongArgumentTypesAreRefusedByTheContract() {
        assertThatThrownBy(() -> registry.binding("SetSpeed").invoke(buggy, "fast"))
                .isInstanceOf(ArgumentException.class)
                .hasMessage("Vehicle.SetSpeed(speed): expected a number, got string 'fast'");
        assertThatThrownBy(() -> registry.binding("SetSpeed").invoke(buggy, 1, 2))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("takes 1 argument(s), got 2");
    }

    @Test
    void traceRecordsTargetRuleTransformsAndCorrelation() {
        TraceLog trace = new TraceLog(10);
        registry.binding("Steer").invoke(buggy, trace, "buggy#1.update", 2.0);
        TraceEvent e = trace.events().get(0);
        assertThat(e.correlationId()).isEqualTo("buggy#1.update");
        assertThat(e.engine()).isEqualTo("Luminara");
        assertThat(e.target()).isEqualTo("SteeringView.setAngleDegrees(float)");
        assertThat(e.rule()).contains("version key 0.1.0");
        assertThat(e.transforms()).containsExactly("Scale(factor=45.0)");
        assertThat(e.args()).containsExactly(2.0);
        assertThat(e.engineArgs()).containsExactly(45.0f);
        assertThat(e.line()).startsWith("[buggy#1.update] Luminara reflective Vehicle.Steer[2.0] on buggy");
    }
}
