package dev.luminara.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Bounds and allowed values of a field; {@code null} members mean "unconstrained". */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldConstraints(Double min, Double max, List<String> allowed, String unit) {
    public FieldConstraints {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        unit = unit == null ? "" : unit;
    }

    public static final FieldConstraints NONE = new FieldConstraints(null, null, List.of(), "");

    @JsonIgnore // a question for Java callers, not a member of the JSON schema
    public boolean isEmpty() {
        return min == null && max == null && allowed.isEmpty() && unit.isEmpty();
    }
}
