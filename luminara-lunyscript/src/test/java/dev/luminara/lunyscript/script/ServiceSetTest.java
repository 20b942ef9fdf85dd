package dev.luminara.lunyscript.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luminara.lunyscript.LunyObject;
import dev.luminara.lunyscript.LunyScriptException;
import dev.luminara.lunyscript.generated.DebugService;
import dev.luminara.lunyscript.generated.Vehicle;
import dev.luminara.lunyscript.generated.VehicleService;
import dev.luminara.lunyscript.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service slots generated blocks read, and the checked lookup they fall back to. */
class ServiceSetTest {
    final List<String> calls = new ArrayList<>();
    final ScriptRunnerTest.Thing thing = new ScriptRunnerTest.Thing("buggy");

    /** Records what a block asked of it; every other method is unused here. */
    final class FakeVehicle implements VehicleService {
        final String name;

        FakeVehicle(String name) {
            this.name = name;
        }

        @Override
        public double getSpeed(LunyObject object) {
            calls.add(name + ".getSpeed(" + object.name() + ")");
            return 7;
        }

        @Override
        public void honk(LunyObject object) {
            calls.add(name + ".honk(" + object.name() + ")");
        }

        @Override
        public void setSpeed(LunyObject object, double speed) {
            calls.add(name + ".setSpeed(" + object.name() + ", " + speed + ")");
        }

        @Override
        public void steer(LunyObject object, double direction) {
            calls.add(name + ".steer(" + object.name() + ", " + direction + ")");
        }
    }

    ScriptContext context(ServiceSet services) {
        return new ScriptContext(thing, services, null, Tracer.OFF);
    }

    @Test
    void aGeneratedBlockCallsTheServiceInItsDomainsSlot() {
        FakeVehicle v = new FakeVehicle("core");
        ServiceSet set = ServiceSet.builder("Core")
                .add(VehicleService.SLOT, VehicleService.class, v)
                .build();
        ScriptContext c = context(set);
        assertThat(c.serviceSlot(VehicleService.SLOT)).isSameAs(v);
        assertThat(c.serviceSlot(VehicleService.SLOT + 1)).isNull();
        assertThat(set.get(VehicleService.class)).isSameAs(v);
        Vehicle.setSpeed(50).execute(c);
        assertThat(Vehicle.getSpeed().evaluate(c)).isEqualTo(7.0);
        assertThat(calls).containsExactly("core.setSpeed(buggy, 50.0)", "core.getSpeed(buggy)");
    }

    @Test
    void theSameBlockFollowsEachContextsServiceSet() {
        ScriptBlock block = Vehicle.honk();
        for (String engine : List.of("A", "B", "A")) {
            ServiceSet set = ServiceSet.builder(engine)
                    .add(VehicleService.SLOT, VehicleService.class, new FakeVehicle(engine))
                    .build();
            block.execute(context(set));
        }
        assertThat(calls).containsExactly("A.honk(buggy)", "B.honk(buggy)", "A.honk(buggy)");
    }

    @Test
    void aServiceInAnotherSlotIsStillFoundThroughTheCheckedLookup() {
        DebugService debug = (object, message, level) -> calls.add("debug");
        ServiceSet set = ServiceSet.builder("Other")
                .add(VehicleService.SLOT, DebugService.class, debug)
                .add(VehicleService.SLOT + 5, VehicleService.class, new FakeVehicle("moved"))
                .build();
        Vehicle.steer(0.5).execute(context(set));
        assertThat(calls).containsExactly("moved.steer(buggy, 0.5)");
    }

    @Test
    void aMissingServiceIsNamedWithItsEngine() {
        assertThatThrownBy(() -> Vehicle.honk().execute(context(ServiceSet.EMPTY)))
                .isInstanceOf(LunyScriptException.class)
                .hasMessageContaining("no VehicleService for engine none");
        ServiceSet onlyDebug = ServiceSet.builder("Core")
                .add(DebugService.SLOT, DebugService.class, (o, m, l) -> {})
                .build();
        assertThatThrownBy(() -> Vehicle.honk().execute(context(onlyDebug)))
                .isInstanceOf(LunyScriptException.class)
                .hasMessageContaining("no VehicleService for engine Core");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theBuilderRejectsATakenSlotANegativeSlotAndAWrongType() {
        ServiceSet.Builder b = ServiceSet.builder("Core").add(1, VehicleService.class, new FakeVehicle("a"));
        assertThatThrownBy(() -> b.add(1, DebugService.class, (o, m, l) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot 1 of DebugService already holds");
        assertThatThrownBy(() -> b.add(-1, DebugService.class, (o, m, l) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot -1 of DebugService < 0");
        Class raw = VehicleService.class;
        assertThatThrownBy(() -> b.add(2, raw, "not a service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a VehicleService");
    }

    @Test
    void aContextNeedsAServiceSet() {
        assertThatThrownBy(() -> context(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ServiceSet.EMPTY");
    }
}
