package dev.luminara.lunyscript.trace;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tracer that keeps events in memory (bounded) and writes each as one line to the {@code lunyscript.trace} log. */
public final class TraceLog implements Tracer {
    private static final Logger LOG = LoggerFactory.getLogger("lunyscript.trace");

    private final int capacity;
    private final List<TraceEvent> events = new ArrayList<>();
    private long dropped;

    public TraceLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public synchronized void record(TraceEvent event) {
        if (events.size() == capacity) {
            events.remove(0);
            dropped++;
        }
        events.add(event);
        if (LOG.isDebugEnabled()) LOG.debug(event.line());
    }

    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** Events dropped because the log was full. */
    public synchronized long dropped() {
        return dropped;
    }
}
