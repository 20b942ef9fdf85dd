package dev.luminara.ai.change;

import dev.luminara.core.ChangeKind;
import java.util.List;

/**
 * One component of one entity that was added, changed or removed. {@code fields} lists field-level differences when
 * the tracker still held the old value of a changed component; it is empty for added and removed components,
 * and when only the fact of the change is known (no baseline).
 */
public record ComponentDelta(String component, ChangeKind kind, List<FieldChange> fields) {
    public ComponentDelta {
        fields = List.copyOf(fields);
    }
}
