package dev.luminara.ai.timeline;

/**
 * How a timeline is kept: a full snapshot every {@code snapshotEvery} operations (by depth), so that a checkout far
 * away restores the nearest snapshot and replays at most that many operations; {@code sceneName} names snapshots.
 */
public record TimelineOptions(int snapshotEvery, String sceneName) {
    public static final TimelineOptions DEFAULT = new TimelineOptions(100, "timeline");

    public TimelineOptions {
        if (snapshotEvery < 1) throw new IllegalArgumentException("snapshotEvery must be >= 1, got " + snapshotEvery);
        sceneName = sceneName == null ? "timeline" : sceneName;
    }

    public TimelineOptions withSnapshotEvery(int every) {
        return new TimelineOptions(every, sceneName);
    }

    public TimelineOptions withSceneName(String name) {
        return new TimelineOptions(snapshotEvery, name);
    }
}
