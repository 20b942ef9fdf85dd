package dev.luminara.jme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import dev.luminara.lunyscript.descriptor.DescriptorLoader;
import dev.luminara.lunyscript.registry.ApiRegistry;
import dev.luminara.lunyscript.registry.BindingStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JmeRegistryTest {
    Node root;
    Node car;
    JmeEngineAdapter adapter;
    ApiRegistry registry;
    JmeObject buggy;

    @BeforeEach
    void setUp() {
        root = new Node("root");
        car = new Node("buggy");
        car.addControl(new DriveControl());
        car.addControl(new SoundControl());
        root.attachChild(car);
        adapter = new JmeEngineAdapter(root);
        registry = ApiRegistry.load(DescriptorLoader.builtIn(), adapter);
        buggy = adapter.object(car);
    }

    @Test
    void runsOnTheRealJmeVersionWithEveryVerbBound() {
        assertThat(adapter.info().version().major()).isEqualTo(3);
        assertThat(registry.report().missing()).isEmpty();
        assertThat(registry.binding("MoveBy").strategy()).isEqualTo(BindingStrategy.MEMBER);
        assertThat(registry.binding("SetSpeed").strategy()).isEqualTo(BindingStrategy.COMPONENT);
        assertThat(registry.binding("Log").strategy()).isEqualTo(BindingStrategy.STATIC);
    }

    @Test
    void versionKeyAboveTheRunningVersionIsIgnored() {
        assertThat(registry.binding("GetSpeed").target().choice().target()).isEqualTo("DriveControl.speed");
        assertThat(registry.binding("GetSpeed").target().choice().rule()).startsWith("default (no version key <= 3.9");
    }

    @Test
    void speedIsIntegratedByTheControl() {
        registry.binding("SetSpeed").invoke(buggy, 10.0);
        for (int i = 0; i < 60; i++) root.updateLogicalState(1f / 60);
        root.updateGeometricState();
        assertThat(car.getLocalTranslation().z).isCloseTo(-10f, within(1e-3f));
        assertThat(registry.binding("GetSpeed").invoke(buggy)).isEqualTo(10.0);
    }

    @Test
    void luaTransformsConvertDegreesAndSteering() {
        registry.binding("Steer").invoke(buggy, -0.5);
        assertThat(car.getControl(DriveControl.class).getSteerAngle()).isEqualTo(-22.5f);
        registry.binding("RotateBy").invoke(buggy, 0, 90, 0);
        Vector3f forward = car.getLocalRotation().mult(new Vector3f(0, 0, -1));
        assertThat(forward.x).isCloseTo(-1f, within(1e-5f));
    }

    @Test
    void honkResolvesAnAudioKeyAndDestroyDetaches() {
        registry.binding("Honk").invoke(buggy);
        assertThat(car.getControl(SoundControl.class).played()).containsExactly("Sounds/horn.wav");
        registry.binding("SetDisabled").invoke(buggy);
        assertThat(buggy.isEnabled()).isFalse();
        registry.binding("Destroy").invoke(buggy);
        assertThat(buggy.isAlive()).isFalse();
    }
}
