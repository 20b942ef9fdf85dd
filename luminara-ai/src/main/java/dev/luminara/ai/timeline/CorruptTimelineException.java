package dev.luminara.ai.timeline;

/** The timeline file failed SQLite's integrity check at start-up; it was not changed. */
public final class CorruptTimelineException extends TimelineException {
    public CorruptTimelineException(String message) {
        super(message);
    }
}
