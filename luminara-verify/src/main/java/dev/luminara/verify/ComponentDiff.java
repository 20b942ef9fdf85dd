package dev.luminara.verify;

import dev.luminara.core.ChangeKind;
import java.util.List;

/** A component added, changed (with its fields) or removed, named as in scene files. */
public record ComponentDiff(String component, ChangeKind kind, List<FieldDiff> fields) {
    public ComponentDiff {
        fields = List.copyOf(fields);
    }
}
