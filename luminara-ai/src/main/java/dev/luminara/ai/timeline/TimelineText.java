package dev.luminara.ai.timeline;

import java.util.List;
import java.util.Optional;

/** How operations read in summaries and logs. */
public final class TimelineText {
    private TimelineText() {}

    static String summary(OperationTimeline t, List<Operation> recent, Optional<Operation> redo) {
        StringBuilder sb = new StringBuilder();
        sb.append("Branch ").append(t.currentBranch()).append(": ");
        if (recent.isEmpty()) {
            sb.append("no operations yet.");
        } else {
            sb.append("head #")
                    .append(recent.get(0).id())
                    .append(", ")
                    .append(recent.get(0).depth())
                    .append(" operation(s) since the start. Most recent first:");
            for (Operation op : recent) sb.append('\n').append(line(op));
        }
        redo.ifPresent(op -> sb.append("\nCan redo #")
                .append(op.id())
                .append(" \"")
                .append(op.prompt())
                .append('"'));
        return sb.toString();
    }

    /** {@code #12 "make the enemies red" → modified MeshShape of 8v0 … [tag]} */
    public static String line(Operation op) {
        return "#" + op.id() + " \"" + op.prompt() + "\" → " + op.changeSummary()
                + (op.tags().isEmpty() ? "" : " [" + String.join(", ", op.tags()) + "]");
    }
}
