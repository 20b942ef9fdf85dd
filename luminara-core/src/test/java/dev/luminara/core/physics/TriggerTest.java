package dev.luminara.core.physics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luminara.core.Entity;
import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.WorldSnapshot;
import dev.luminara.core.app.App;
import dev.luminara.core.component.Collider;
import dev.luminara.core.component.RigidBody;
import dev.luminara.core.component.Transform;
import dev.luminara.core.component.Velocity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerTest {

    private record Run(App app, Entity zone, Entity walker, List<TriggerEvent> events) {}

    /** A kinematic ball walking at 1 m/s through a 2 m trigger box centred 3 m ahead. */
    private static Run walkThroughZone() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity zone = world.spawn(Transform.at(3, 0, 0), Collider.box(1, 1, 1).asTrigger(), RigidBody.fixed());
        Entity walker = world.spawn(
                Transform.at(0, 0, 0), Collider.sphere(0.5f), RigidBody.kinematic(), Velocity.linear(1, 0, 0));
        List<TriggerEvent> events = new ArrayList<>();
        Events.Reader<TriggerEvent> reader = world.events(TriggerEvent.class).reader();
        app.addFrameListener((a, nanos) -> events.addAll(reader.read()));
        return new Run(app, zone, walker, events);
    }

    private static List<TriggerEvent.Phase> phases(List<TriggerEvent> events) {
        return events.stream().map(TriggerEvent::phase).toList();
    }

    @Test
    void anOverlapEntersStaysAndExits() {
        Run run = walkThroughZone();
        run.app().runFrames(360);
        List<TriggerEvent.Phase> phases = phases(run.events());
        // the ball overlaps the zone while its centre is in (1.5, 4.5): 3 s, about 180 steps
        assertThat(phases.get(0)).isEqualTo(TriggerEvent.Phase.ENTER);
        assertThat(phases.get(phases.size() - 1)).isEqualTo(TriggerEvent.Phase.EXIT);
        assertThat(phases.subList(1, phases.size() - 1))
                .containsOnly(TriggerEvent.Phase.STAY)
                .hasSizeBetween(177, 181);
        assertThat(run.events()).allSatisfy(e -> {
            assertThat(e.trigger()).isEqualTo(run.zone());
            assertThat(e.other()).isEqualTo(run.walker());
        });
        // a trigger never pushes
        assertThat(run.app()
                        .world()
                        .get(run.walker(), Transform.class)
                        .position()
                        .y())
                .isZero();
    }

    @Test
    void theOverlapStateIsAResourceThatSnapshotsCarry() {
        Run run = walkThroughZone();
        World world = run.app().world();
        run.app().runFrames(120); // inside the zone now
        assertThat(world.resource(TriggerContacts.class).overlapping(run.zone(), run.walker()))
                .isTrue();
        WorldSnapshot inside = world.snapshot();
        run.app().runFrames(240); // out again
        assertThat(world.resource(TriggerContacts.class).pairs()).isEmpty();

        world.restore(inside);
        // the restore replaced the event buffers too, so read the restored one
        Events.Reader<TriggerEvent> reader = world.events(TriggerEvent.class).readerFromNow();
        List<TriggerEvent> after = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            run.app().step();
            after.addAll(reader.read());
        }
        // restored inside: the overlap continues, it does not enter again
        assertThat(phases(after)).hasSize(3).containsOnly(TriggerEvent.Phase.STAY);
    }

    @Test
    void despawningAnOverlappingEntityReportsExit() {
        Run run = walkThroughZone();
        run.app().runFrames(120);
        run.events().clear();
        run.app().world().despawn(run.walker());
        run.app().step();
        assertThat(run.events()).containsExactly(new TriggerEvent(run.zone(), run.walker(), TriggerEvent.Phase.EXIT));
    }

    @Test
    void twoOverlappingTriggersEachReportTheOther() {
        App app = CollisionTest.app();
        World world = app.world();
        Entity a = world.spawn(Transform.at(0, 0, 0), Collider.sphere(1).asTrigger(), Velocity.ZERO);
        Entity b = world.spawn(Transform.at(1, 0, 0), Collider.sphere(1).asTrigger());
        Events.Reader<TriggerEvent> reader = world.events(TriggerEvent.class).reader();
        app.step();
        assertThat(reader.read())
                .containsExactly(
                        new TriggerEvent(a, b, TriggerEvent.Phase.ENTER),
                        new TriggerEvent(b, a, TriggerEvent.Phase.ENTER));
    }
}
