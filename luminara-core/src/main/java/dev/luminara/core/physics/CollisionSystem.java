package dev.luminara.core.physics;

import dev.luminara.core.Events;
import dev.luminara.core.World;
import dev.luminara.core.app.GameSystem;
import dev.luminara.core.app.Time;
import dev.luminara.core.internal.LongList;
import dev.luminara.core.math.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * One collision step: gather colliders, find overlapping pairs (broadphase, then exact tests), resolve solid contacts,
 * write moved bodies back and report {@link CollisionEvent}s and {@link TriggerEvent}s, in entity-index order.
 */
final class CollisionSystem implements GameSystem {
    @Override
    public void run(World world) {
        if (world.findResource(Time.class).map(t -> t.delta() == 0).orElse(false)) return; // paused: nothing moved
        step(world);
    }

    static void step(World world) {
        PhysicsSettings settings = world.findResource(PhysicsSettings.class).orElse(PhysicsSettings.DEFAULT);
        Bodies bodies = Bodies.gather(world);
        LongList pairs = Broadphase.pairs(bodies);
        Contacts contacts = new Contacts();
        List<TriggerContacts.Pair> overlaps = new ArrayList<>();
        Events<CollisionEvent> collisions = world.events(CollisionEvent.class);
        float[] contact = new float[4];
        for (int p = 0; p < pairs.size(); p++) {
            int i = (int) (pairs.get(p) >>> 32), j = (int) pairs.get(p);
            if (!Narrowphase.collide(bodies, i, j, contact)) continue;
            if (bodies.trigger[i] || bodies.trigger[j]) {
                if (bodies.trigger[i]) overlaps.add(new TriggerContacts.Pair(bodies.entity(i), bodies.entity(j)));
                if (bodies.trigger[j]) overlaps.add(new TriggerContacts.Pair(bodies.entity(j), bodies.entity(i)));
                continue;
            }
            collisions.send(new CollisionEvent(
                    bodies.entity(i), bodies.entity(j), new Vec3(contact[0], contact[1], contact[2]), contact[3]));
            if (bodies.invMass[i] + bodies.invMass[j] > 0) contacts.add(i, j, contact);
        }
        Solver.solve(bodies, contacts, settings);
        bodies.writeBack(world);
        reportTriggers(world, overlaps);
    }

    /** Compares this step's overlaps with the last step's (both sorted) and sends ENTER, STAY and EXIT in pair order. */
    private static void reportTriggers(World world, List<TriggerContacts.Pair> now) {
        now.sort(null);
        List<TriggerContacts.Pair> before = world.findResource(TriggerContacts.class)
                .orElse(TriggerContacts.NONE)
                .pairs();
        if (before.isEmpty() && now.isEmpty()) return;
        Events<TriggerEvent> events = world.events(TriggerEvent.class);
        int a = 0, b = 0;
        while (a < before.size() || b < now.size()) {
            int order = a == before.size()
                    ? 1
                    : b == now.size() ? -1 : before.get(a).compareTo(now.get(b));
            if (order < 0) {
                send(events, before.get(a++), TriggerEvent.Phase.EXIT);
            } else if (order > 0) {
                send(events, now.get(b++), TriggerEvent.Phase.ENTER);
            } else {
                send(events, now.get(b++), TriggerEvent.Phase.STAY);
                a++;
            }
        }
        world.insertResource(new TriggerContacts(now));
    }

    private static void send(Events<TriggerEvent> events, TriggerContacts.Pair pair, TriggerEvent.Phase phase) {
        events.send(new TriggerEvent(pair.trigger(), pair.other(), phase));
    }
}
