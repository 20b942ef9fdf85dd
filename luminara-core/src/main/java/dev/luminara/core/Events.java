package dev.luminara.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Events of one type, kept for two frames: each reader sees every event exactly once if it reads at least once a
 * frame. {@link #update()} is called once per frame by the app.
 */
public final class Events<E> implements Snapshottable<Events<E>> {
    private List<E> older = new ArrayList<>();
    private List<E> newer = new ArrayList<>();
    private long olderStart;
    private long newerStart;

    public void send(E event) {
        newer.add(event);
    }

    /** Ages the buffers: events from two frames ago are dropped. */
    public void update() {
        older = newer;
        olderStart = newerStart;
        newerStart = olderStart + older.size();
        newer = new ArrayList<>();
    }

    /** Events sent this frame and last, oldest first. */
    public List<E> all() {
        List<E> out = new ArrayList<>(older.size() + newer.size());
        out.addAll(older);
        out.addAll(newer);
        return out;
    }

    public Reader<E> reader() {
        return new Reader<>(this, olderStart);
    }

    /** A reader that starts from now, ignoring events already sent. */
    public Reader<E> readerFromNow() {
        return new Reader<>(this, newerStart + newer.size());
    }

    @Override
    public Events<E> copy() {
        Events<E> c = new Events<>();
        c.older = new ArrayList<>(older);
        c.newer = new ArrayList<>(newer);
        c.olderStart = olderStart;
        c.newerStart = newerStart;
        return c;
    }

    /** A cursor over an {@link Events} buffer. */
    public static final class Reader<E> {
        private final Events<E> events;
        private long next;

        Reader(Events<E> events, long next) {
            this.events = events;
            this.next = next;
        }

        /** Events not yet read by this reader, oldest first. */
        public List<E> read() {
            List<E> out = new ArrayList<>();
            collect(events.older, events.olderStart, out);
            collect(events.newer, events.newerStart, out);
            next = events.newerStart + events.newer.size();
            return out;
        }

        private void collect(List<E> list, long start, List<E> out) {
            for (int i = 0; i < list.size(); i++) {
                if (start + i >= next) {
                    out.add(list.get(i));
                }
            }
        }
    }
}
