package dev.luminara.ai.intent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.luminara.core.math.Vec3;
import java.util.Objects;

/**
 * A place relative to an anchor entity's world transform. Random positions are seeded, so resolving the same intent
 * in the same world gives the same points.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RelativePosition.Forward.class, name = "Forward"),
    @JsonSubTypes.Type(value = RelativePosition.Above.class, name = "Above"),
    @JsonSubTypes.Type(value = RelativePosition.AtOffset.class, name = "AtOffset"),
    @JsonSubTypes.Type(value = RelativePosition.RandomInRadius.class, name = "RandomInRadius"),
    @JsonSubTypes.Type(value = RelativePosition.RandomReachable.class, name = "RandomReachable")
})
public sealed interface RelativePosition {

    /** {@code distance} metres along the anchor's facing (its -Z axis rotated). */
    record Forward(float distance) implements RelativePosition {}

    /** {@code height} metres above the anchor. */
    record Above(float height) implements RelativePosition {}

    /** A world-space offset from the anchor. */
    record AtOffset(Vec3 offset) implements RelativePosition {
        public AtOffset {
            Objects.requireNonNull(offset, "offset");
        }
    }

    /** A point on the ground plane (the anchor's height) within {@code radius} of the anchor. */
    record RandomInRadius(float radius, Long seed) implements RelativePosition {
        public RandomInRadius {
            seed = seed == null ? 0L : seed;
        }
    }

    /**
     * A point within {@code radius} that can be walked to from the anchor: a navigation grid is built from the
     * colliders around it, and only cells connected to the anchor's cell are chosen.
     */
    record RandomReachable(float radius, Long seed) implements RelativePosition {
        public RandomReachable {
            seed = seed == null ? 0L : seed;
        }
    }
}
