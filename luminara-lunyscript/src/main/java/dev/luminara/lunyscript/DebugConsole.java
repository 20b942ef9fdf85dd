package dev.luminara.lunyscript;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The static target of {@code Debug.Log} on every engine: writes to SLF4J and to listeners (tests, the trace viewer).
 * Static on purpose: it exercises the Static binding strategy, as Unity's {@code Debug.Log} does in the seed.
 */
public final class DebugConsole {
    private static final Logger LOG = LoggerFactory.getLogger("lunyscript.debug");
    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    private DebugConsole() {}

    /** Writes {@code message} at {@code level} ("info", "warn" or "error"); listeners get {@code "level: message"}. */
    public static void log(String message, String level) {
        if (level.equals("error")) LOG.error(message);
        else if (level.equals("warn")) LOG.warn(message);
        else LOG.info(message);
        String line = level + ": " + message;
        for (Consumer<String> l : LISTENERS) {
            l.accept(line);
        }
    }

    /** Adds a listener; running the returned action removes it. */
    public static Runnable listen(Consumer<String> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }
}
